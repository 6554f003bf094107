# Q: random_split with fractions or lengths, a seeded generator, Subset indices, and lengths that do not add up.
import torch
from torch.utils.data import TensorDataset, random_split, Subset

ds = TensorDataset(torch.arange(10.0), torch.arange(10))
train, val = random_split(ds, [0.8, 0.2], generator=torch.Generator().manual_seed(42))
print(len(train), len(val), type(train).__name__)
print(train.indices, val.indices)
a, b, c = random_split(ds, [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(0))
print(len(a), len(b), len(c))
a, b = random_split(range(7), [0.5, 0.5], generator=torch.Generator().manual_seed(0))
print(len(a), len(b), list(a), list(b))
try:
    random_split(ds, [7, 2])
except ValueError as e:
    print(type(e).__name__, e)
try:
    random_split(ds, [0.5, 0.6])
except ValueError as e:
    print(type(e).__name__, e)
sub = Subset(ds, [9, 0, 3])
print(len(sub), sub[0], sub.dataset is ds)
print(val[0], val.dataset is ds)
