# keeping a diffusion coefficient positive with softplus, gradients through it
import torch
import torch.nn.functional as F

raw = torch.tensor([-2.0, 0.0, 3.0], dtype=torch.float64, requires_grad=True)
D = F.softplus(raw)
print(D.round(decimals=6))
D.sum().backward()
print(raw.grad.round(decimals=6))
print(F.softplus(torch.tensor([30.0], dtype=torch.float64), beta=1, threshold=20))
