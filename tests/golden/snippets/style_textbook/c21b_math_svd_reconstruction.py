# SVD: reconstruct A from U S V^T and the best rank-1 approximation
import torch

A = torch.tensor([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]])
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
print(S)
print(torch.allclose(U @ torch.diag(S) @ Vh, A, atol=1e-6))
A1 = S[0] * torch.outer(U[:, 0], Vh[0])
print(A1.abs())
print(torch.linalg.norm(A - A1), S[1])
print(torch.linalg.svdvals(A))
print(U.shape, Vh.shape)
