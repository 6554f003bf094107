import torch

a = torch.tensor(1.5)
b = torch.tensor(2.5)
print(torch.tensor([a.item(), b.item()]))
print(torch.tensor([a, b]))
print(torch.stack([a, b]))
