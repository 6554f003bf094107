# every reduce mode of scatter_reduce with and without include_self
import torch

src = torch.tensor([3., 1., 4., 1., 5., 9., 2.])
index = torch.tensor([0, 0, 1, 1, 1, 3, 3])
base = torch.tensor([10., 20., 30., 40.])
for reduce in ("sum", "prod", "mean", "amax", "amin"):
    for include_self in (True, False):
        out = base.scatter_reduce(0, index, src, reduce=reduce, include_self=include_self)
        print(f"{reduce:5s} include_self={include_self!s:5s}", out)
