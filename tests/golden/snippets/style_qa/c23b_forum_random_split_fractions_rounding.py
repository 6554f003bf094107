import warnings
import torch
from torch.utils.data import random_split

g = torch.Generator().manual_seed(0)
parts = random_split(range(11), [0.5, 0.3, 0.2], generator=g)
print([len(p) for p in parts])
print([list(p) for p in parts])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    parts = random_split(range(3), [0.5, 0.5], generator=torch.Generator().manual_seed(0))
print([len(p) for p in parts], [str(m.message)[:60] for m in w])
try:
    random_split(range(10), [0.5, 0.6])
except Exception as e:
    print(type(e).__name__, e)
