# Forward/back substitution with solve_triangular: upper, lower, unitriangular, left=False.
import torch

U = torch.tensor([[2.0, 1.0], [0.0, 4.0]], dtype=torch.float64)
b = torch.tensor([[5.0], [8.0]], dtype=torch.float64)
print(torch.linalg.solve_triangular(U, b, upper=True))
print(torch.linalg.solve_triangular(U.T, b, upper=False))
print(torch.linalg.solve_triangular(U, b, upper=True, unitriangular=True))
print(torch.linalg.solve_triangular(U, b.T, upper=True, left=False))
