# Quiz 67: len, numel, size, shape
import torch

x = torch.zeros(4, 3, 2)
print(len(x), x.numel(), x.size(), x.shape)
print(x.size(1), x.shape[-1], x.size(-3))
print(x.dim(), x.ndim, x.ndimension())
print(type(x.shape), type(x.size(0)))
print(x.shape == (4, 3, 2), x.shape == [4, 3, 2], list(x.shape))
try:
    x.size(3)
except IndexError as e:
    print(e)
print(torch.Size([2, 3]).numel())
