# Gradients through median (lower of the two middles) and sort with ties.
import torch

x = torch.tensor([3.0, 1.0, 2.0, 2.0], requires_grad=True)
m = x.median()
m.backward()
print(m, x.grad)
x.grad = None
s, idx = x.sort(stable=True)
print(idx)
(s * torch.tensor([1.0, 10.0, 100.0, 1000.0])).sum().backward()
print(x.grad)
x.grad = None
print(x.nanmedian(), torch.quantile(x.detach(), 0.5))
