# Vector and matrix norms of different orders.
import torch

v = torch.tensor([3.0, -4.0, 0.0, 1.0])
for order in (1, 2, float('inf'), -float('inf'), 0, 3):
    print(order, torch.linalg.vector_norm(v, ord=order))
M = torch.tensor([[1.0, -2.0], [3.0, 4.0]])
for order in ('fro', 'nuc', 1, -1, 2, float('inf')):
    print(order, torch.linalg.matrix_norm(M, ord=order))
print(torch.linalg.norm(M), torch.linalg.norm(v, 1))
