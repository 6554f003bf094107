# Low-rank approximation with a truncated SVD; the Eckart-Young error equals the next singular value.
import torch

A = torch.tensor([[3.0, 1.0, 1.0], [-1.0, 3.0, 1.0]], dtype=torch.float64)
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
print(S.round(decimals=6))
A1 = S[0] * torch.outer(U[:, 0], Vh[0])
print(torch.linalg.matrix_norm(A - A1, ord=2).round(decimals=6))
print(U.shape, Vh.shape, torch.linalg.svd(A).U.shape)
