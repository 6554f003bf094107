# Issue: "new_tensor warns when given a tensor"; new_zeros/new_full keep dtype.
import torch

base = torch.ones(2, dtype=torch.float64)
t = base.new_tensor([1, 2])
print(t.dtype, t)
u = base.new_tensor(torch.tensor([3.0, 4.0]))
print(u.dtype, u)
print(base.new_zeros(3).dtype, base.new_full((2,), 7).dtype, base.new_empty(2).shape, base.new_ones(1, dtype=torch.int32))
