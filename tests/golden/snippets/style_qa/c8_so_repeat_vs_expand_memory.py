# Q: repeat vs expand vs repeat_interleave vs tile: shapes, memory sharing, and in-place writes.
import torch

x = torch.tensor([[1], [2]])
e = x.expand(2, 3)
r = x.repeat(1, 3)
print(e, r, e.stride(), r.stride(), e.is_contiguous())
print(e.data_ptr() == x.data_ptr(), r.data_ptr() == x.data_ptr())
x[0, 0] = 9
print(e[0], r[0])
try:
    e.add_(1)
except RuntimeError as err:
    print("RuntimeError:", str(err).split('.')[0])
print(torch.tensor([1, 2, 3]).repeat(2), torch.tensor([1, 2, 3]).repeat(2, 2).shape)
print(torch.tensor([1, 2, 3]).repeat_interleave(2), torch.repeat_interleave(torch.tensor([1, 2]), torch.tensor([1, 3])))
print(torch.tile(torch.tensor([1, 2]), (2,)), torch.tensor([[1, 2]]).tile(2, 1))
try:
    torch.tensor([[1, 2]]).repeat(2)
except RuntimeError as err:
    print("RuntimeError:", err)
print(e.contiguous().stride(), e.clone().is_contiguous())
