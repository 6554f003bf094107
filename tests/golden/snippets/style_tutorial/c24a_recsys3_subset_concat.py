# Subset and ConcatDataset for train / extra interactions
import torch
from torch.utils.data import TensorDataset, Subset, ConcatDataset

base = TensorDataset(torch.arange(6), torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0, 1.0]))
train = Subset(base, [0, 2, 4])
extra = TensorDataset(torch.tensor([10, 11]), torch.tensor([0.0, 1.0]))
full = ConcatDataset([train, extra])
print(len(train), len(full))
print(train[1])
print(full[3], full[-1])
print(full.cumulative_sizes)
try:
    full[5]
except IndexError as e:
    print(type(e).__name__, e)
