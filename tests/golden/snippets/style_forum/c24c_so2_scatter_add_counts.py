# Q: group-wise sums with scatter_add / index_add
import torch

vals = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
group = torch.tensor([0, 1, 0, 2, 1])
print(torch.zeros(3).scatter_add(0, group, vals))
print(torch.zeros(3).index_add(0, group, vals))
print(torch.zeros(3).scatter_reduce(0, group, vals, reduce="amax", include_self=False))
try:
    torch.zeros(3).scatter_add(0, group.float(), vals)
except RuntimeError as e:
    print("RuntimeError:", e)
