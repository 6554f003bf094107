# expand vs repeat vs tile vs repeat_interleave: shapes, shared memory, strides and in-place writes.
import torch

x = torch.tensor([[1], [2], [3]])
e = x.expand(3, 4)
r = x.repeat(1, 4)
print(e, e.stride(), e.data_ptr() == x.data_ptr())
print(r, r.stride())
print(torch.equal(e, r), x.expand(-1, 2).shape, x.expand(2, 3, 2).shape)
print(torch.tile(torch.tensor([1, 2]), (2, 2)))
print(torch.tensor([1, 2, 3]).repeat_interleave(2))
print(torch.repeat_interleave(x, torch.tensor([1, 0, 2]), dim=0))
print(x.repeat_interleave(3, dim=1))
try:
    x.expand(3, 4).add_(1)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:100])
try:
    torch.ones(2, 3).expand(4, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
v = torch.zeros(1, 3)
w = v.expand(2, 3)
v[0, 1] = 5
print(w)
print(w.contiguous().stride(), w.is_contiguous())
print(torch.ones(2).repeat(3, 1, 2).shape)
