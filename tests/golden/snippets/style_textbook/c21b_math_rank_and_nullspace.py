# rank, and a null-space basis from the SVD
import torch

A = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
print(torch.linalg.matrix_rank(A))
U, S, Vh = torch.linalg.svd(A)
print(S)
tol = S.max() * max(A.shape) * torch.finfo(A.dtype).eps
null = Vh[(S > tol).sum():]
print(null.shape)
print((A @ null.T).abs().max() < 1e-5)
print(torch.linalg.matrix_rank(torch.eye(4)), torch.linalg.matrix_rank(torch.zeros(2, 2)))
