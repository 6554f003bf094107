import torch
from torch.utils.data import TensorDataset

ds = TensorDataset(torch.arange(10).view(5, 2), torch.arange(5))
print(ds[[0, 2]])
print(ds[torch.tensor([1, 3])][1])
print(ds[-1])
try:
    ds[5]
except Exception as e:
    print(type(e).__name__, e)
