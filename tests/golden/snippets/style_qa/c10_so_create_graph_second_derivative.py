# Q: second derivative with autograd.grad: "element 0 of tensors does not require grad" unless create_graph=True.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
(dy,) = torch.autograd.grad(y, x)
print(dy, dy.requires_grad)
try:
    torch.autograd.grad(dy, x)
except RuntimeError as e:
    print("RuntimeError:", e)
y = x ** 3
(dy,) = torch.autograd.grad(y, x, create_graph=True)
print(dy)
(d2y,) = torch.autograd.grad(dy, x)
print(d2y)
x.grad = None
y = torch.sin(x)
y.backward(create_graph=True)
print(x.grad)
g = x.grad
x.grad = None
g.backward()
print(x.grad, -torch.sin(torch.tensor(2.0)))
xs = torch.linspace(-1, 1, 5, requires_grad=True)
f = (xs ** 4).sum()
(g1,) = torch.autograd.grad(f, xs, create_graph=True)
(g2,) = torch.autograd.grad(g1.sum(), xs)
print(g1, g2)
