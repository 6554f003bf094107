# Keeping a physical parameter positive with softplus; its inverse for initialisation.
import torch
import torch.nn.functional as F

raw = torch.tensor([-2.0, 0.0, 3.0, 30.0], dtype=torch.float64, requires_grad=True)
pos = F.softplus(raw)
print(pos.round(decimals=6))
pos.sum().backward()
print(raw.grad.round(decimals=6))
print(F.softplus(torch.tensor([25.0]), threshold=20), F.softplus(torch.tensor([1.0]), beta=2).round(decimals=4))
target = torch.tensor(2.0, dtype=torch.float64)
inv = target + torch.log(-torch.expm1(-target))
print(round(F.softplus(inv).item(), 10))
