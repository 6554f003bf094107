# Autograd chapter exercises: detach to stop gradients, second derivative of sin, and gradients of norms.
import torch

x = torch.linspace(-3, 3, 7, requires_grad=True)
y = torch.sin(x)
(dy,) = torch.autograd.grad(y.sum(), x, create_graph=True)
(d2y,) = torch.autograd.grad(dy.sum(), x)
print(dy, torch.cos(x))
print(d2y, -torch.sin(x))
x.grad = None
y = x * x
u = y.detach()
z = u * x
z.sum().backward()
print(x.grad == u)
a = torch.tensor([3.0, 4.0], requires_grad=True)
torch.linalg.vector_norm(a).backward()
print(a.grad)
b = torch.tensor([0.0, 0.0], requires_grad=True)
torch.linalg.vector_norm(b).backward()
print(b.grad)
c = torch.tensor([1.0, -2.0, 0.0], requires_grad=True)
c.abs().sum().backward()
print(c.grad)
d = torch.tensor(2.0, requires_grad=True)
e = d ** 3
grad1 = torch.autograd.grad(e, d, create_graph=True)[0]
grad2 = torch.autograd.grad(grad1, d, create_graph=True)[0]
grad3 = torch.autograd.grad(grad2, d)[0]
print(grad1, grad2, grad3)
