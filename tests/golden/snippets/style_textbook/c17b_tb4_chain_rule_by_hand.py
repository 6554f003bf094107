# The chain rule by hand, compared with autograd, for y = sin(x^2) * exp(-x).
import torch

x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
u = x ** 2
y = torch.sin(u) * torch.exp(-x)
y.sum().backward()
xd = x.detach()
manual = torch.cos(xd ** 2) * 2 * xd * torch.exp(-xd) - torch.sin(xd ** 2) * torch.exp(-xd)
print(x.grad)
print(manual)
print(torch.allclose(x.grad, manual), (x.grad - manual).abs().max() < 1e-12)
