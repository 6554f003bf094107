import torch
from torch.func import vjp, linearize

def f(x):
    y = x.sin() * 2
    return y, {"norm": y.norm()}

x = torch.tensor([0.0, 1.0, 2.0])
out, pullback, aux = vjp(f, x, has_aux=True)
print(out.round(decimals=4), sorted(aux))
(ct,) = pullback(torch.ones(3))
print(ct.round(decimals=4))
val, jvp_fn = linearize(lambda t: t ** 2, x)
print(val, jvp_fn(torch.ones(3)), jvp_fn(torch.tensor([1.0, 0.0, -1.0])))
