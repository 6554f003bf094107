# How a DataLoader iterates: len, iter/next, StopIteration, re-iteration per epoch, and a list dataset.
import torch
from torch.utils.data import DataLoader

data = [(torch.tensor([float(i), float(i * i)]), i % 2) for i in range(7)]
loader = DataLoader(data, batch_size=3)
print(len(loader))
it = iter(loader)
first = next(it)
print(first)
print(type(first).__name__, type(first[1]).__name__, first[1].dtype)
next(it)
last = next(it)
print(last[0].shape)
try:
    next(it)
except StopIteration:
    print("StopIteration")
for epoch in range(2):
    print(epoch, [batch[1].tolist() for batch in loader])
dict_data = [{"x": torch.ones(2) * i, "label": torch.tensor(i)} for i in range(4)]
batch = next(iter(DataLoader(dict_data, batch_size=4)))
print(batch)
nested = [(torch.tensor(i), (i, str(i))) for i in range(3)]
print(next(iter(DataLoader(nested, batch_size=3))))
print(next(iter(DataLoader(list(range(5)), batch_size=2))))
