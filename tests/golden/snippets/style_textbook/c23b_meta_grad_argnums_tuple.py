import torch
from torch.func import grad

def f(a, b, c):
    return (a * b + c ** 2).sum()

a = torch.tensor([1.0, 2.0])
b = torch.tensor([3.0, -1.0])
c = torch.tensor([0.5, 0.5])
print(grad(f)(a, b, c))
ga, gc = grad(f, argnums=(0, 2))(a, b, c)
print(ga, gc)
try:
    grad(f, argnums=3)(a, b, c)
except Exception as e:
    print(type(e).__name__, e)
