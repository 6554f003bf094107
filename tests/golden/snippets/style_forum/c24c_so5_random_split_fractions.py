# Q: random_split with fractions that do not add up
import torch
from torch.utils.data import random_split

data = list(range(10))
g = torch.Generator().manual_seed(3)
parts = random_split(data, [0.7, 0.2, 0.1], generator=g)
print([len(p) for p in parts], sorted(parts[2]))
print([len(p) for p in random_split(range(7), [0.5, 0.5], generator=torch.Generator().manual_seed(0))])
for lengths in ([0.5, 0.6], [11]):
    try:
        random_split(data, lengths)
    except ValueError as e:
        print("ValueError:", e)
