# Q: DataLoader argument errors
import torch
from torch.utils.data import DataLoader, TensorDataset, Subset, ConcatDataset

ds = TensorDataset(torch.arange(6))
for kw in ({"batch_size": 0}, {"batch_size": 2, "drop_last": True, "batch_sampler": [[0, 1]]},
           {"batch_size": -1}, {"num_workers": -1}):
    try:
        print(kw, len(DataLoader(ds, **kw)))
    except ValueError as e:
        print(kw, "ValueError:", e)
sub = Subset(ds, [5, 0, 3])
print(len(sub), sub[0], len(ConcatDataset([ds, sub])), ConcatDataset([ds, sub])[7])
try:
    TensorDataset(torch.zeros(3), torch.zeros(4))
except AssertionError as e:
    print("AssertionError:", e)
