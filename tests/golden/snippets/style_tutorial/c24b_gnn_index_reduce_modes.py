# Tensor.index_reduce_ for neighbour aggregation along dim 0
import torch

x = torch.tensor([[1., 4.], [2., 3.], [6., 0.], [5., 5.]])
dst = torch.tensor([0, 2, 0, 2])
for reduce in ("prod", "mean", "amax", "amin"):
    out = torch.ones(3, 2)
    out.index_reduce_(0, dst, x, reduce, include_self=False)
    print(reduce, out)
print(torch.full((3, 2), 2.0).index_reduce(0, dst, x, "mean"))
