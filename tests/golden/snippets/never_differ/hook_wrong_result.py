import torch

def attempt(make_hook, on_leaf):
    x = torch.ones(3, requires_grad=True)
    y = x * 2
    (x if on_leaf else y).register_hook(make_hook)
    try:
        y.sum().backward()
        print("ok", x.grad)
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)

attempt(lambda g: g[:2], True)
attempt(lambda g: torch.ones(2, 3), False)
attempt(lambda g: g.double(), True)
attempt(lambda g: g.long(), False)
attempt(lambda g: 5, True)
attempt(lambda g: g * 10, True)
