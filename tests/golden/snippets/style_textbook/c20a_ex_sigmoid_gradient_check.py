# Exercise: check sigmoid'(x) = s(1-s) with autograd and with finite differences
import torch

x = torch.linspace(-3, 3, 7, dtype=torch.float64, requires_grad=True)
s = torch.sigmoid(x)
s.sum().backward()
print(x.grad)
sd = s.detach()
print(sd * (1 - sd))
eps = 1e-6
fd = (torch.sigmoid(x.detach() + eps) - torch.sigmoid(x.detach() - eps)) / (2 * eps)
print((fd - x.grad).abs().max() < 1e-8)
print(torch.autograd.gradcheck(torch.sigmoid, (x,)))
