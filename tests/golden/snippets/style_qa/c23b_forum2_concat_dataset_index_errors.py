import torch
from torch.utils.data import ConcatDataset, TensorDataset

a = TensorDataset(torch.arange(3))
b = TensorDataset(torch.arange(10, 12))
cd = ConcatDataset([a, b])
print(len(cd), cd[3], cd[-1], cd.cumulative_sizes)
try:
    cd[-6]
except Exception as e:
    print(type(e).__name__, e)
try:
    ConcatDataset([])
except Exception as e:
    print(type(e).__name__, e)
print(len(a + b), type(a + b).__name__)
