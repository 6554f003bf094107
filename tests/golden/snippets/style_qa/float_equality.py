# 0.1 + 0.2 in float32 and float64, and isclose.
import torch

a = torch.tensor(0.1) + torch.tensor(0.2)
print(a == 0.3, a.item())
d = torch.tensor(0.1, dtype=torch.float64) + torch.tensor(0.2, dtype=torch.float64)
print(d == 0.3, d.item())
print(torch.isclose(d, torch.tensor(0.3, dtype=torch.float64)))
print(torch.tensor(1e-8) + 1 == 1)
print(torch.tensor([16777216.0]) + 1)
