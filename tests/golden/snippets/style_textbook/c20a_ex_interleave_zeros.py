# Exercise: vector [1, 2, 3, 4, 5] -> build a new vector with 3 consecutive zeros interleaved
import torch

Z = torch.tensor([1, 2, 3, 4, 5])
nz = 3
Z0 = torch.zeros(len(Z) + (len(Z) - 1) * nz, dtype=Z.dtype)
Z0[::nz + 1] = Z
print(Z0)
