# Exercise: solve 2x + y - z = 8, -3x - y + 2z = -11, -2x + y + 2z = -3
import torch

A = torch.tensor([[2., 1, -1], [-3, -1, 2], [-2, 1, 2]], dtype=torch.float64)
b = torch.tensor([8., -11, -3], dtype=torch.float64)
x = torch.linalg.solve(A, b)
print(x)
print(A @ x)
print(torch.linalg.inv(A) @ b)
print(torch.linalg.cond(A))
