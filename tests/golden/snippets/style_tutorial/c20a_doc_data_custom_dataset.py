# A map-style Dataset subclass, random_split and Subset
import torch
from torch.utils.data import Dataset, random_split, Subset

class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, idx):
        return idx, idx ** 2

ds = Squares(10)
print(ds[4], len(ds))
train, val = random_split(ds, [7, 3], generator=torch.Generator().manual_seed(42))
print(len(train), len(val), list(val))
print(train.indices)
parts = random_split(range(10), [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(1))
print([list(p) for p in parts])
print(list(Subset(ds, [1, 3])))
