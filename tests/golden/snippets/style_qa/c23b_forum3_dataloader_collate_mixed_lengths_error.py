import torch
from torch.utils.data import DataLoader

data = [torch.zeros(2), torch.zeros(3)]
try:
    next(iter(DataLoader(data, batch_size=2)))
except RuntimeError as e:
    print(e)
data2 = [(torch.zeros(2), torch.tensor(1)), (torch.zeros(2), 2.5)]
print(next(iter(DataLoader(data2, batch_size=2))))
