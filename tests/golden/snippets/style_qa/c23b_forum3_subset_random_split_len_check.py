import torch
from torch.utils.data import random_split, DataLoader

g = torch.Generator().manual_seed(11)
train, val = random_split(range(20), [16, 4], generator=g)
print(len(train), len(val), sorted(val.indices))
dl = DataLoader(val, batch_size=3)
print([b.tolist() for b in dl])
print(type(train.dataset).__name__, train.dataset[5])
print(set(train.indices).isdisjoint(val.indices))
