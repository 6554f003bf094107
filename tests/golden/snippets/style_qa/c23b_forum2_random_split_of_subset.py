import torch
from torch.utils.data import random_split, Subset, TensorDataset

ds = TensorDataset(torch.arange(10) * 10)
g = torch.Generator().manual_seed(3)
train, test = random_split(ds, [8, 2], generator=g)
tr, val = random_split(train, [6, 2], generator=g)
print(type(val).__name__, val.indices, type(val.dataset).__name__)
print([val[i][0].item() for i in range(len(val))])
print(test.indices, isinstance(tr, Subset))
try:
    random_split(ds, [11, -1])
except Exception as e:
    print(type(e).__name__, e)
