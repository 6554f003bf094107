# vector norms: ||x||_1 >= ||x||_2 >= ||x||_inf, and matrix norms
import torch

x = torch.tensor([3.0, -4.0, 1.0, 0.0])
for p in [1, 2, 3, float("inf"), 0]:
    print(p, torch.linalg.vector_norm(x, ord=p).item())
M = torch.tensor([[1.0, -2.0], [3.0, 4.0]])
print("fro", torch.linalg.matrix_norm(M))
print("spectral", torch.linalg.matrix_norm(M, ord=2))
print("1-norm", torch.linalg.matrix_norm(M, ord=1), "inf", torch.linalg.matrix_norm(M, ord=float("inf")))
print(torch.linalg.svdvals(M).max())
