# Puzzle: L2-normalise rows by hand and with F.normalize
import torch
import torch.nn.functional as F

x = torch.tensor([[3.0, 4.0], [0.0, 0.0], [1.0, 1.0]])
norms = (x ** 2).sum(1, keepdim=True).sqrt()
print(norms.squeeze())
print(x / norms)
print(x / norms.clamp(min=1e-12))
print(F.normalize(x, dim=1))
print(F.normalize(x, p=1, dim=1))
print(torch.linalg.norm(x, dim=1), x.norm(dim=1, p=1))
