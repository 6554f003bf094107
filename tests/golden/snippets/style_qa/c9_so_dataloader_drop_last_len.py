# Q: len(DataLoader), the short last batch, drop_last, and "Size mismatch between tensors" in TensorDataset.
import torch
from torch.utils.data import DataLoader, TensorDataset

x = torch.arange(10.0).view(10, 1)
y = torch.arange(10)
ds = TensorDataset(x, y)
dl = DataLoader(ds, batch_size=4)
print(len(ds), len(dl), [len(b[1]) for b in dl])
dl2 = DataLoader(ds, batch_size=4, drop_last=True)
print(len(dl2), [b[1].tolist() for b in dl2])
try:
    TensorDataset(torch.zeros(10, 2), torch.zeros(9))
except AssertionError as e:
    print(type(e).__name__, e)
xb, yb = next(iter(dl))
print(xb.shape, xb.dtype, yb.dtype)
items = [(torch.tensor([1.0, 2.0]), 3), (torch.tensor([4.0, 5.0]), 6)]
bx, by = next(iter(DataLoader(items, batch_size=2)))
print(bx, by)
d3 = DataLoader([{"a": torch.tensor(1), "b": 2.5}, {"a": torch.tensor(3), "b": 4.5}], batch_size=2)
print(next(iter(d3)))
print(DataLoader(list(range(7)), batch_size=3).__len__(), list(DataLoader(list(range(7)), batch_size=3)))
try:
    next(iter(DataLoader([torch.ones(2), torch.ones(3)], batch_size=2)))
except RuntimeError as e:
    print(e)
