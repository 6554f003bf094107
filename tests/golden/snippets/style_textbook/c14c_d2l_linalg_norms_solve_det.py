# Linear algebra chapter exercises plus a float64 system: reductions along axes, cumulative sums,
# dot/mv/mm, vector and matrix norms, solve, inv and det.
import torch

T = torch.arange(1, 7, dtype=torch.float32).reshape(2, 3)
print(T.T, T * T, T.sum(axis=0), T.sum(axis=[0, 1]), T.mean(), T.sum() / T.numel())
row_sums = T.sum(axis=1, keepdims=True)
print(row_sums, T / row_sums, T.cumsum(axis=0))
a = torch.arange(3, dtype=torch.float32) + 1
ones = torch.ones(3)
print(torch.dot(a, ones), (a * ones).sum(), torch.mv(T, a), T @ a)
print(torch.mm(T, torch.full((3, 2), 0.5)))
d = torch.tensor([6.0, -8.0])
print(d.norm(), d.abs().sum(), torch.ones((3, 12)).norm())
K = torch.tensor([[4.0, 1.0, 2.0], [1.0, 5.0, 3.0], [2.0, 3.0, 6.0]], dtype=torch.float64)
rhs = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
z = torch.linalg.solve(K, rhs)
print(z, K @ z - rhs)
print(torch.linalg.inv(K), torch.linalg.det(K))
print(torch.linalg.norm(K), torch.linalg.norm(K, ord=1), torch.linalg.vector_norm(rhs, ord=float('inf')))
