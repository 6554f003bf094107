# ConcatDataset and an IterableDataset through a DataLoader
import torch
from torch.utils.data import ConcatDataset, DataLoader, IterableDataset, TensorDataset

a = TensorDataset(torch.arange(3))
b = TensorDataset(torch.arange(10, 14))
cat = ConcatDataset([a, b])
print(len(cat), cat[2], cat[3], cat.cumulative_sizes)

class Counter(IterableDataset):
    def __init__(self, start, end):
        self.start, self.end = start, end
    def __iter__(self):
        return iter(range(self.start, self.end))

print(list(DataLoader(Counter(3, 7))))
print(list(DataLoader(Counter(3, 10), batch_size=3)))
