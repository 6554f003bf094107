# random_split lengths that don't add up
import torch
from torch.utils.data import random_split, TensorDataset

ds = TensorDataset(torch.arange(10.))
try:
    random_split(ds, [7, 2])
except ValueError as e:
    print("ValueError:", e)
g = torch.Generator().manual_seed(0)
train, val = random_split(ds, [0.8, 0.2], generator=g)
print(len(train), len(val), train.indices, val.indices)
