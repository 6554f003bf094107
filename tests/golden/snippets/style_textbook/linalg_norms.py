# The L2 norm, L1 norm and Frobenius norm.
import torch

u = torch.tensor([3.0, -4.0])
print(torch.norm(u))
print(torch.abs(u).sum())
print(torch.norm(torch.ones((4, 9))))
print(torch.linalg.norm(u, ord=1), torch.linalg.vector_norm(u))
print(torch.linalg.matrix_norm(torch.ones(2, 3)))
