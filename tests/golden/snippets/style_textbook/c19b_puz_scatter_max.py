# Puzzle: segment max with a mask, checked against scatter_reduce
import torch

vals = torch.tensor([5., 1., 7., 2., 3., 2., 1., 3.])
seg = torch.tensor([0, 0, 1, 0, 2, 2, 3, 3])
mask = seg[:, None] == torch.arange(4)
print(torch.where(mask, vals[:, None], float("-inf")).max(0).values)
out = torch.zeros(4).scatter_reduce(0, seg, vals, reduce="amax", include_self=False)
print(out)
print(torch.zeros(4).scatter_reduce(0, seg, vals, reduce="sum"))
print(torch.zeros(4).scatter_reduce(0, seg, vals, reduce="mean", include_self=False))
print(torch.ones(4).scatter_reduce(0, seg, vals, reduce="prod"))
