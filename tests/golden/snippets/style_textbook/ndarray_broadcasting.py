# Broadcasting a column against a row.
import torch

a = torch.arange(3).reshape((3, 1))
b = torch.arange(2).reshape((1, 2))
print(a, b)
print(a + b)
print((a * b).shape)
print(torch.broadcast_shapes((3, 1), (1, 2)))
