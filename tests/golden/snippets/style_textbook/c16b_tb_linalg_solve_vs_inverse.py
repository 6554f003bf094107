# Solve Ax = b instead of forming the inverse.
import torch

A = torch.tensor([[3.0, 1.0, 0.0], [1.0, 4.0, 1.0], [0.0, 1.0, 5.0]], dtype=torch.float64)
b = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
x = torch.linalg.solve(A, b)
print(x)
print(A @ x - b)
B = torch.stack([b, 2 * b], dim=1)
print(torch.linalg.solve(A, B))
print(torch.allclose(torch.linalg.inv(A) @ b, x))
