# Q: reproducible train/val split
import torch
from torch.utils.data import random_split, TensorDataset

ds = TensorDataset(torch.arange(10))
train, val = random_split(ds, [7, 3], generator=torch.Generator().manual_seed(42))
print(len(train), len(val), type(train).__name__)
print(sorted(train.indices), sorted(val.indices))
try:
    random_split(ds, [5, 4])
except ValueError as e:
    print("ValueError:", e)
a, b = random_split(ds, [0.5, 0.5], generator=torch.Generator().manual_seed(0))
print(len(a), len(b))
