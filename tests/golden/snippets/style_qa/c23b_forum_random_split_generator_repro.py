import torch
from torch.utils.data import random_split

data = list(range(10))
a, b = random_split(data, [7, 3], generator=torch.Generator().manual_seed(42))
c, d = random_split(data, [7, 3], generator=torch.Generator().manual_seed(42))
print(list(a), list(b))
print(a.indices == c.indices)
e, f = random_split(data, [0.8, 0.2], generator=torch.Generator().manual_seed(1))
print(len(e), len(f), list(f))
try:
    random_split(data, [5, 4])
except Exception as e:
    print(type(e).__name__, e)
