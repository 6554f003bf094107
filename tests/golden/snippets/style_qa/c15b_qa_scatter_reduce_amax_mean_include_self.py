# Q: group-wise max and mean with scatter_reduce; what does include_self change?
import torch

values = torch.tensor([3.0, 1.0, 4.0, 1.0, 5.0, 9.0])
group = torch.tensor([0, 1, 0, 2, 1, 0])
base = torch.zeros(3)
print(base.scatter_reduce(0, group, values, reduce='amax'))
print(base.scatter_reduce(0, group, values, reduce='amax', include_self=False))
print(torch.full((3,), 2.0).scatter_reduce(0, group, values, reduce='mean'))
print(torch.full((3,), 2.0).scatter_reduce(0, group, values, reduce='mean', include_self=False))
print(torch.ones(3).scatter_reduce(0, group, values, reduce='prod'))
print(torch.zeros(3).scatter_add(0, group, values))
