import torch

t = torch.tensor([-1.5, -0.5, 0.5, 1.5, 2.5, 2.7])
print(torch.round(t))
print(torch.floor(t))
print(torch.ceil(t))
print(torch.trunc(t))
print(t.round(decimals=0))
print(torch.round(torch.tensor([1.2345, 9.8765]), decimals=2))
