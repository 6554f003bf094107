# Q: round(2.675, 2) gives 2.67 and .item() prints long decimals. Is PyTorch broken?
import torch

t = torch.tensor([2.675, 0.125, 0.375, -1.5, 2.5])
print(torch.round(t, decimals=2))
print(torch.round(t))
print(t[0].item(), round(t[0].item(), 2))
s = torch.tensor(0.1) + torch.tensor(0.2)
print(s, s.item(), s == 0.3)
print(torch.tensor(0.1, dtype=torch.float64) + 0.2)
print(torch.tensor([1234.5678]).round(decimals=-2))
