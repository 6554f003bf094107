# scatter_reduce on groups that receive nothing: include_self decides what stays
import torch

src = torch.tensor([1.0, 2.0])
idx = torch.tensor([0, 0])
for reduce in ("amax", "amin", "mean", "prod"):
    a = torch.full((3,), 7.0).scatter_reduce(0, idx, src, reduce, include_self=False)
    b = torch.full((3,), 7.0).scatter_reduce(0, idx, src, reduce, include_self=True)
    print(reduce, a, b)
