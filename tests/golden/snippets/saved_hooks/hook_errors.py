import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

def attempt(label, pack, unpack, make=lambda: x.sin()):
    try:
        with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
            y = make()
        y.sum().backward()
        print(label, "ok", x.grad)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("pack mul_", lambda t: t.mul_(2), lambda t: t, lambda: x * torch.ones(3))
attempt("pack add_ on result", lambda t: t.add_(1), lambda t: t, lambda: x.clone().exp())
attempt("unpack int", lambda t: t, lambda t: 5)
attempt("unpack None", lambda t: t, lambda t: None)
attempt("pack None", lambda t: None, lambda t: t)
attempt("unpack wrong shape", lambda t: t, lambda t: torch.ones(2))
