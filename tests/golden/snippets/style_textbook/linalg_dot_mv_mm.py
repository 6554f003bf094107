# Dot product, matrix-vector and matrix-matrix products.
import torch

x = torch.arange(4, dtype=torch.float32)
y = torch.ones(4, dtype=torch.float32)
print(torch.dot(x, y), torch.sum(x * y))
A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A.shape, x.shape, torch.mv(A, x), A @ x)
B = torch.ones(4, 3)
print(torch.mm(A, B))
print(A @ B)
