import torch

x = torch.linspace(-2, 2, 5, requires_grad=True)
s = torch.sigmoid(x)
d1, = torch.autograd.grad(s.sum(), x, create_graph=True)
d2, = torch.autograd.grad(d1.sum(), x)
print(d1.detach())
print(d2)
sd = s.detach()
print(torch.allclose(d1.detach(), sd * (1 - sd)))
print(torch.allclose(d2, sd * (1 - sd) * (1 - 2 * sd), atol=1e-6))
