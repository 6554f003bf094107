# Autograd exercises: gradients of sin via autograd vs cos, a second derivative, gradient of a dot with a matrix.
import math
import torch

x = torch.linspace(-math.pi, math.pi, 9, requires_grad=True)
y = torch.sin(x)
y.sum().backward()
print(x.grad)
print(torch.cos(x.detach()))
print(torch.allclose(x.grad, torch.cos(x.detach())))
x = torch.tensor(1.5, requires_grad=True)
y = x ** 3 - 2 * x
(dy,) = torch.autograd.grad(y, x, create_graph=True)
(d2y,) = torch.autograd.grad(dy, x)
print(dy, d2y)
A = torch.arange(6.0).reshape(2, 3)
x = torch.ones(3, requires_grad=True)
y = torch.dot(A[0], x) + (A @ x).sum()
y.backward()
print(x.grad)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.norm()
y.backward()
print(x.grad, x / y.detach())
u = torch.tensor(2.0, requires_grad=True)
v = torch.tensor(3.0, requires_grad=True)
f = u ** 2 * v + torch.exp(u * v)
f.backward()
print(u.grad, v.grad)
