# Exercise: swap two rows of a tensor
import torch

A = torch.arange(25).reshape(5, 5)
A[[0, 1]] = A[[1, 0]]
print(A)
B = torch.arange(6).reshape(3, 2)
B[:, [0, 1]] = B[:, [1, 0]]
print(B)
