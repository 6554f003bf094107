import torch

a = torch.tensor(0.1)
print(a.item())
print(torch.tensor(0.1, dtype=torch.float64).item())
print(torch.tensor([16777217.0]))
print(torch.tensor([16777217.0]).long())
print(torch.tensor(1e-46), torch.tensor(3.5e38) * 2)
