import torch
from torch.utils.data import DataLoader

torch.manual_seed(0)
a = [b.tolist() for b in DataLoader(range(8), batch_size=3, shuffle=True)]
torch.manual_seed(0)
b = [b.tolist() for b in DataLoader(range(8), batch_size=3, shuffle=True)]
print(a)
print(a == b)
print(torch.rand(1))
