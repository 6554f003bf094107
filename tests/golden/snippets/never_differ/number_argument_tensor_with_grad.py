import torch

# a Number argument (alpha, value) takes a 0-d tensor only when it needs no gradient
x = torch.ones(2)
plain = torch.tensor(0.5)
learned = torch.tensor(0.5, requires_grad=True)
calls = {
    "torch.add": lambda v: torch.add(x, x, alpha=v), "add": lambda v: x.add(x, alpha=v),
    "add_": lambda v: x.clone().add_(x, alpha=v), "sub_": lambda v: x.clone().sub_(x, alpha=v),
    "torch.sub": lambda v: torch.sub(x, x, alpha=v), "addcdiv": lambda v: torch.addcdiv(x, x, x + 1, value=v),
    "addcdiv_": lambda v: x.clone().addcdiv_(x, x + 1, value=v), "addcmul": lambda v: x.addcmul(x, x, value=v),
    "addcmul_": lambda v: x.clone().addcmul_(x, x, value=v),
}
for name, call in calls.items():
    for v in (plain, learned, torch.ones(2) * 0.5):
        try:
            print(name, call(v))
        except TypeError as e:
            print(name, "TypeError", e)
