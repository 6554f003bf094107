from collections import namedtuple
import torch
from torch.utils.data import DataLoader

Sample = namedtuple("Sample", ["x", "y"])
data = [Sample(torch.tensor([float(i)]), i) for i in range(4)]
batch = next(iter(DataLoader(data, batch_size=2)))
print(type(batch).__name__, batch.x.shape, batch.y)
print(batch)
