# scatter_reduce along dim 1: pooling feature channels into groups
import torch

x = torch.tensor([[1.0, 5.0, 2.0, 8.0], [4.0, 0.0, 3.0, 1.0]])
groups = torch.tensor([[0, 0, 1, 1], [0, 0, 1, 1]])
print(torch.zeros(2, 2).scatter_reduce(1, groups, x, "amax", include_self=False))
print(torch.zeros(2, 2).scatter_reduce(1, groups, x, "mean", include_self=False))
print(torch.ones(2, 2).scatter_reduce(1, groups, x, "prod"))
try:
    torch.zeros(2, 2).scatter_reduce(1, groups[:, :3], x, "sum")
    print("index smaller than src is accepted")
except RuntimeError as e:
    print("RuntimeError:", e)
