# projection onto the column space of A: P = A (A^T A)^{-1} A^T
import torch

A = torch.tensor([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
b = torch.tensor([6.0, 0.0, 0.0])
x_hat = torch.linalg.solve(A.T @ A, A.T @ b)
print(x_hat)
P = A @ torch.linalg.inv(A.T @ A) @ A.T
print(P)
print(P @ b, A @ x_hat)
print(torch.trace(P), torch.dist(P @ P, P))
print(A.T @ (b - P @ b))
