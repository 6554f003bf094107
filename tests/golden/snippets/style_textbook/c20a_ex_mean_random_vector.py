# Exercise: a random vector of size 30 and its mean
import torch

torch.manual_seed(1)
Z = torch.randn(30)
m = Z.mean()
print(m)
print(f"{m.item():.6f}")
print(Z.std().item())
