# Kaggle log loss with probability clipping at 1e-15
import torch

y = torch.tensor([1.0, 0.0, 1.0, 0.0, 1.0])
p = torch.tensor([0.9, 0.1, 1.0, 0.0, 0.4])
eps = 1e-15
pc = p.clamp(eps, 1 - eps)
logloss = -(y * torch.log(pc) + (1 - y) * torch.log(1 - pc)).mean()
print(pc)
print(f"log loss {logloss.item():.6f}")
print(torch.nn.functional.binary_cross_entropy(p, y))
p64 = p.double().clamp(eps, 1 - eps)
print(-(y.double() * p64.log() + (1 - y.double()) * (1 - p64).log()).mean())
