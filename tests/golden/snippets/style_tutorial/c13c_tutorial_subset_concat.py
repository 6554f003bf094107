import torch
from torch.utils.data import TensorDataset, Subset, ConcatDataset, DataLoader

a = TensorDataset(torch.arange(5).float(), torch.zeros(5))
b = TensorDataset(torch.arange(100, 103).float(), torch.ones(3))
both = ConcatDataset([a, b])
print(len(both), both.cumulative_sizes)
print(both[4], both[5])
evens = Subset(both, [0, 2, 4, 6])
for x, lab in DataLoader(evens, batch_size=2):
    print(x, lab)
print(len(evens), evens.indices)
