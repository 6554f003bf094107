# Q: summing values per group index: scatter_add_, index_add_ and scatter with reduce.
import torch

values = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
groups = torch.tensor([0, 1, 0, 2, 1])
out = torch.zeros(3).scatter_add_(0, groups, values)
print(out)
print(torch.zeros(3).index_add_(0, groups, values))
print(torch.zeros(3).scatter_reduce(0, groups, values, reduce="amax", include_self=False))
print(torch.zeros(3).scatter_reduce(0, groups, values, reduce="mean", include_self=False))
counts = torch.bincount(groups)
print(out / counts)
onehot = torch.zeros(5, 3).scatter_(1, groups.unsqueeze(1), 1.0)
print(onehot)
try:
    torch.zeros(3).scatter_add_(0, groups.float(), values)
except RuntimeError as e:
    print(e)
