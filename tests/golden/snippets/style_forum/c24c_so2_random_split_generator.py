# Q: reproducible train/val split
import torch
from torch.utils.data import random_split, TensorDataset

full = TensorDataset(torch.arange(10))
tr, va = random_split(full, [7, 3], generator=torch.Generator().manual_seed(42))
print(len(tr), len(va), type(tr).__name__)
print(sorted(tr.indices), sorted(va.indices))
try:
    random_split(full, [5, 4])
except ValueError as e:
    print("ValueError:", e)
a, b = random_split(full, [0.5, 0.5], generator=torch.Generator().manual_seed(0))
print(len(a), len(b))
