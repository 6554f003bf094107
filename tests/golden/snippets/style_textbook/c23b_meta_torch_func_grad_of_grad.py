import torch
from torch.func import grad, vmap

def f(x):
    return torch.sin(x) * x

d1 = grad(f)
d2 = grad(grad(f))
x = torch.tensor(1.0)
print(f"{d1(x).item():.4f} {d2(x).item():.4f}")
xs = torch.tensor([0.0, 0.5, 1.0])
print(vmap(d2)(xs))
try:
    grad(f)(torch.tensor([1.0, 2.0]))
except Exception as e:
    print(type(e).__name__, e)
