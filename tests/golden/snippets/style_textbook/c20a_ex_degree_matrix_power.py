# Exercise: the adjacency matrix of a 4-cycle, count closed walks of length 4
import torch

A = torch.tensor([[0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 0, 1], [1, 0, 1, 0]])
print(A.sum(dim=1))
A4 = torch.linalg.matrix_power(A, 4)
print(A4)
print(torch.trace(A4))
print(torch.linalg.eigvalsh(A.double()))
