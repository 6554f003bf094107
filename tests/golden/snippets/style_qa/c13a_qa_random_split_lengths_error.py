# Q: random_split raises about lengths: integers must add up to len(dataset); fractions are allowed.
import torch
from torch.utils.data import TensorDataset, random_split

ds = TensorDataset(torch.arange(10))
try:
    random_split(ds, [8, 3])
except ValueError as e:
    print("ValueError:", e)
parts = random_split(ds, [0.7, 0.3], generator=torch.Generator().manual_seed(1))
print([len(p) for p in parts], sorted(parts[1].indices))
parts = random_split(ds, [0.33, 0.33, 0.34], generator=torch.Generator().manual_seed(2))
print([len(p) for p in parts])
try:
    random_split(ds, [0.5, 0.6])
except ValueError as e:
    print("ValueError:", e)
train_len = int(0.8 * len(ds))
a, b = random_split(ds, [train_len, len(ds) - train_len], generator=torch.Generator().manual_seed(3))
print(len(a), len(b), [int(a[i][0]) for i in range(len(a))])
