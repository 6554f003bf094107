# torch.func: grad of a scalar function, vmap over a batch, and jacrev.
import torch
from torch.func import grad, vmap, jacrev

def f(x):
    return (x ** 3).sum() + x.sin().sum()

x = torch.tensor([0.0, 1.0, 2.0])
print(grad(f)(x))
print(3 * x ** 2 + x.cos())
g2 = grad(grad(lambda t: t ** 3))
print(g2(torch.tensor(2.0)))

def loss(w, xi, yi):
    return ((xi @ w - yi) ** 2)

w = torch.tensor([1.0, -1.0])
X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [0.5, 0.5]])
Y = torch.tensor([1.0, 0.0, 2.0])
per_sample = vmap(grad(loss), in_dims=(None, 0, 0))(w, X, Y)
print(per_sample)
print(per_sample.mean(0))
print(vmap(torch.dot)(X, X))
print(jacrev(torch.sin)(x))
print(vmap(lambda r: r.sum(), in_dims=1)(X))
try:
    grad(lambda t: t ** 2)(x)
except RuntimeError as e:
    print("RuntimeError:", e)
