# Exercise: an 8x8 checkerboard pattern
import torch

Z = torch.zeros((8, 8), dtype=torch.int64)
Z[1::2, ::2] = 1
Z[::2, 1::2] = 1
print(Z)
# Exercise: the same with tile (repeat)
print(torch.tile(torch.tensor([[0, 1], [1, 0]]), (4, 4)).equal(Z))
