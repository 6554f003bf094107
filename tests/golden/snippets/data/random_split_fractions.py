import torch
from torch.utils.data import random_split

torch.manual_seed(0)
parts = random_split(range(11), [0.5, 0.25, 0.25])
print([len(p) for p in parts])
print([list(p) for p in parts])
try:
    random_split(range(10), [3, 3])
except ValueError as e:
    print(type(e).__name__, e)
tiny = random_split(range(2), [0.9, 0.1])
print([len(t) for t in tiny])
