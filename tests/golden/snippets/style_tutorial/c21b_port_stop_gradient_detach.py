# jax.lax.stop_gradient -> .detach(); checking the gradient really stops
import torch
from torch.func import grad

def f(x):
    return x ** 2 + x.detach() ** 3

print(grad(f)(torch.tensor(2.0)))
x = torch.tensor(2.0, requires_grad=True)
y = x * x.detach()
y.backward()
print(x.grad)
def g(x):
    return (x * torch.no_grad()(lambda t: t * 3)(x)).sum()
print(g(torch.tensor([1.0, 2.0])))
