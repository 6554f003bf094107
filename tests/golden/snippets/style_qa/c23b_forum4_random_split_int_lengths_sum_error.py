import torch
from torch.utils.data import random_split

for lengths in ([8, 2], [0.7, 0.3], [7, 2, 1], [0.5, 0.5, 0.1]):
    try:
        parts = random_split(range(10), lengths, generator=torch.Generator().manual_seed(0))
        print(lengths, [len(p) for p in parts])
    except Exception as e:
        print(lengths, type(e).__name__, e)
