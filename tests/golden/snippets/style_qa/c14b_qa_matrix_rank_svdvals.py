# Q: why does matrix_rank say 2 for my 3x3 matrix? singular values and tolerance.
import torch

M = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.5], [1.0, 0.0, 1.0]], dtype=torch.float64)
print(torch.linalg.matrix_rank(M))
N = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
print(torch.linalg.matrix_rank(N))
s = torch.linalg.svdvals(N)
print(s.shape, s[-1] < 1e-5)
print(torch.linalg.matrix_rank(N, atol=0.5), torch.linalg.matrix_rank(torch.eye(4)))
print(torch.linalg.det(N).abs() < 1e-5, torch.linalg.matrix_rank(torch.zeros(2, 3)))
