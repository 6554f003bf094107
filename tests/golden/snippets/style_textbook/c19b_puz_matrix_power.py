# Puzzle: counting paths with an integer adjacency matrix
import torch

A = torch.tensor([[0, 1, 1], [0, 0, 1], [1, 0, 0]])
print(A @ A)
print(torch.linalg.matrix_power(A, 3))
print(torch.matrix_power(A, 0))
try:
    torch.linalg.matrix_power(A, -1)
except RuntimeError as e:
    print(e)
print((A @ A @ A).sum(dim=1))
print(torch.mm(A, A).dtype)
