# Indexing a TensorDataset: one item is a tuple, a slice gives tuples of tensors
import torch
from torch.utils.data import TensorDataset

inputs = torch.arange(12.0).reshape(6, 2)
labels = torch.tensor([0, 1, 0, 1, 1, 0])
ds = TensorDataset(inputs, labels)
print(ds[0])
print(ds[2:4])
print(type(ds[0]).__name__, len(ds))
x, y = ds[-1]
print(x, y, y.dtype)
try:
    TensorDataset(inputs, labels[:5])
except AssertionError as e:
    print("AssertionError", e)
