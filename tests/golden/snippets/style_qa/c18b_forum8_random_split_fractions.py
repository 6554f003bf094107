# Q: random_split with fractions instead of lengths
import torch
from torch.utils.data import TensorDataset, random_split

ds = TensorDataset(torch.arange(10.0))
train, val = random_split(ds, [0.8, 0.2], generator=torch.Generator().manual_seed(42))
print(len(train), len(val))
print(sorted(train.indices), val.indices)
try:
    random_split(ds, [7, 2])
except ValueError as err:
    print("ValueError:", err)
