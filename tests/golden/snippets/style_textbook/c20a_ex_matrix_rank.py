# Exercise: compute a matrix rank via SVD and compare with matrix_rank
import torch

torch.manual_seed(0)
A = torch.randn(6, 3, dtype=torch.float64) @ torch.randn(3, 6, dtype=torch.float64)
S = torch.linalg.svdvals(A)
print((S > S.max() * 6 * torch.finfo(torch.float64).eps).sum())
print(torch.linalg.matrix_rank(A))
print(torch.linalg.matrix_rank(torch.eye(4)), torch.linalg.matrix_rank(torch.zeros(3, 3)))
