# Quiz 29: 0.1 + 0.2 == 0.3 in float32?
import torch

a = torch.tensor(0.1) + torch.tensor(0.2)
print(a, a == 0.3)
print(a.item(), a.item() == 0.3)
d = torch.tensor(0.1, dtype=torch.float64) + 0.2
print(d, d == 0.3)
print(torch.isclose(a, torch.tensor(0.3)))
print(torch.tensor(16777217.0), torch.tensor(16777217))
print(torch.tensor(0.1).item())
