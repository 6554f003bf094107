# streams chained with + or ChainDataset; datasets stacked side by side with StackDataset
import torch
from torch.utils.data import ChainDataset, DataLoader, IterableDataset, StackDataset, TensorDataset
class Countdown(IterableDataset):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
    def __len__(self):
        return self.n
images = TensorDataset(torch.arange(6.).view(3, 2))
labels = [7, 8, 9]
pairs = StackDataset(images, labels)
print(len(pairs), pairs[1])
named = StackDataset(x=images, y=labels)
print(named[2], next(iter(DataLoader(named, batch_size=2))))
for bad in (lambda: StackDataset(images, x=labels), lambda: StackDataset(), lambda: StackDataset(images, [1])):
    try:
        bad()
    except ValueError as e:
        print(e)
both = Countdown(2) + Countdown(3)
print(type(both).__name__, list(both), len(both))
loader = DataLoader(both, batch_size=2)
print(len(loader), list(loader))
try:
    len(iter(loader))
except TypeError as e:
    print(e)
try:
    list(ChainDataset([Countdown(1), images]))
except AssertionError as e:
    print("AssertionError:", e)
