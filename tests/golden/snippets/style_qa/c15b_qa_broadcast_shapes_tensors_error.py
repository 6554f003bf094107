# Q: how do I check ahead of time whether two shapes broadcast?
import torch

print(torch.broadcast_shapes((3, 1), (1, 4)), torch.broadcast_shapes((2, 1, 5), (4, 1)))
a, b = torch.broadcast_tensors(torch.ones(3, 1), torch.zeros(4))
print(a.shape, b.shape, b.stride())
try:
    torch.broadcast_shapes((3, 2), (3,))
except RuntimeError as e:
    print(e)
try:
    torch.broadcast_tensors(torch.ones(2, 3), torch.ones(4))
except RuntimeError as e:
    print(e)
print(torch.ones(3).expand_as(torch.empty(2, 3)).shape)
