# Lecture: expand shares memory, repeat copies.
import torch

b = torch.tensor([[1.0], [2.0], [3.0]])
e = b.expand(3, 4)
r = b.repeat(1, 4)
print(e.stride(), r.stride())
print(e.data_ptr() == b.data_ptr(), r.data_ptr() == b.data_ptr())
b[0, 0] = 10.0
print(e[0], r[0])
try:
    e.add_(1)
except RuntimeError as err:
    print(err)
print(b.expand(-1, 2))
try:
    b.expand(2, 4)
except RuntimeError as err:
    print(err)
print(b.expand_as(torch.zeros(2, 3, 5)).shape)
print(torch.tensor([1, 2]).repeat(2, 2))
print(torch.tensor([1, 2]).repeat_interleave(3))
