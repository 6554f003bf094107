import torch
from torch.utils.data import DataLoader, TensorDataset

dl = DataLoader(TensorDataset(torch.arange(5)), batch_size=2)
it = iter(dl)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next(dl)
except Exception as e:
    print(type(e).__name__, e)
print(type(it).__name__)
