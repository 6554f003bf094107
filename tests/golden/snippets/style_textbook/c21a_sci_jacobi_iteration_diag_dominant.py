# Jacobi iteration for a diagonally dominant system.
import torch

A = torch.tensor([[10.0, -1.0, 2.0], [-1.0, 11.0, -1.0], [2.0, -1.0, 10.0]])
b = torch.tensor([6.0, 25.0, -11.0])
D = torch.diag(A)
R = A - torch.diag(D)
x = torch.zeros(3)
for k in range(1, 11):
    x = (b - R @ x) / D
    if k in (1, 2, 5, 10):
        print(k, x)
print(torch.linalg.solve(A, b))
