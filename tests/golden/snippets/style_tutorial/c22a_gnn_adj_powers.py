import torch

A = torch.tensor([[0, 1, 0, 0], [1, 0, 1, 0], [0, 1, 0, 1], [0, 0, 1, 0]])
A2 = A @ A
print(A2)
print(A2.dtype)
print(torch.linalg.matrix_power(A, 3))
reach = (A + A2 + torch.linalg.matrix_power(A, 3)) > 0
print(reach.int())
