import torch
from torch.utils.data import DataLoader

samples = [{"tokens": [1, 2], "y": 0}, {"tokens": [3, 4], "y": 1}]
batch = next(iter(DataLoader(samples, batch_size=2)))
print(batch)
print(type(batch["tokens"]).__name__, len(batch["tokens"]))
samples3 = [{"tokens": [1, 2], "y": 0}, {"tokens": [3], "y": 1}]
try:
    next(iter(DataLoader(samples3, batch_size=2)))
except Exception as e:
    print(type(e).__name__, e)
