# Underdetermined system: the pseudoinverse picks the minimum-norm solution.
import torch

A = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 7.0]], dtype=torch.float64)
b = torch.tensor([6.0, 13.0], dtype=torch.float64)
x = torch.linalg.pinv(A) @ b
print(x)
print(A @ x)
null = torch.tensor([2.0, -1.0, 0.0], dtype=torch.float64)
print(A @ null)
print(torch.linalg.norm(x).item() < torch.linalg.norm(x + null).item())
print(torch.linalg.matrix_rank(A))
