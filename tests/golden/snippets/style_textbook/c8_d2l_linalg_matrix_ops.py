# Linear algebra beyond the basics: inverse, determinant, solve, eig of a symmetric matrix, outer products.
import torch

A = torch.tensor([[4.0, 1.0], [2.0, 3.0]])
print(torch.linalg.inv(A))
print(torch.linalg.det(A), torch.det(A))
b = torch.tensor([1.0, 2.0])
x = torch.linalg.solve(A, b)
print(x, A @ x)
S = torch.tensor([[2.0, 1.0], [1.0, 2.0]])
vals, vecs = torch.linalg.eigh(S)
print(vals)
print(torch.outer(torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0, 5.0])))
print(torch.trace(A), torch.linalg.matrix_rank(A), torch.linalg.norm(A, ord="fro"))
I = torch.eye(2)
print(torch.allclose(A @ torch.linalg.inv(A), I))
print(torch.kron(I, torch.ones(2, 2)))
print(torch.cross(torch.tensor([1.0, 0.0, 0.0]), torch.tensor([0.0, 1.0, 0.0]), dim=0))
print(torch.matrix_power(A, 3), torch.linalg.matrix_power(A, 0))
