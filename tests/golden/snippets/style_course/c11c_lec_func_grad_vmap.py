# Lecture: torch.func - grad as a function transform and vmap for per-sample gradients.
import torch
from torch.func import grad, vmap

def f(x):
    return torch.sin(x) * x ** 2

df = grad(f)
d2f = grad(grad(f))
x = torch.tensor(1.2)
print(f(x), df(x), d2f(x))
xs = torch.linspace(-1, 1, 5)
print(vmap(df)(xs))
print(vmap(d2f)(xs))

torch.manual_seed(0)
w = torch.randn(3)
X = torch.randn(4, 3)
Y = torch.randn(4)

def loss(w, x, y):
    return (x @ w - y) ** 2

per_sample = vmap(grad(loss), in_dims=(None, 0, 0))(w, X, Y)
print(per_sample)
print(per_sample.mean(0))
wr = w.clone().requires_grad_()
((X @ wr - Y) ** 2).mean().backward()
print(wr.grad)
