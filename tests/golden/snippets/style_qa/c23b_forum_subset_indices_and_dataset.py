import torch
from torch.utils.data import Subset, TensorDataset, ConcatDataset

ds = TensorDataset(torch.arange(6), torch.arange(6) * 10)
sub = Subset(ds, [4, 0, 2])
print(len(sub), sub[0], sub.indices)
print(sub.dataset is ds)
both = ConcatDataset([sub, ds])
print(len(both), both[3], both.cumulative_sizes)
try:
    sub[5]
except Exception as e:
    print(type(e).__name__, e)
