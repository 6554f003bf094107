# Quiz: 0.1 + 0.2 in float32 and float64.
import torch

a = torch.tensor(0.1) + torch.tensor(0.2)
b = torch.tensor(0.1, dtype=torch.float64) + torch.tensor(0.2, dtype=torch.float64)
print(a, b)
print(a == 0.3, b == 0.3)
print(a.item(), b.item())
print(torch.isclose(b, torch.tensor(0.3, dtype=torch.float64)))
