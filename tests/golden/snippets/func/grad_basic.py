import torch
from torch.func import grad

def f(x):
    return (x.sin() * x).sum()

x = torch.tensor([0.5, 1.0, 2.0])
print(grad(f)(x))

# derivatives of a scalar function, one grad per order
g = lambda t: t.sin() * t ** 2
t = torch.tensor(0.7)
print(grad(g)(t))
print(grad(grad(g))(t))
print(grad(grad(grad(g)))(t))

# a tensor that requires grad keeps its history through grad
w = torch.tensor(2.0, requires_grad=True)
dw = grad(torch.sin)(w)
print(dw)
dw.backward()
print(w.grad)
