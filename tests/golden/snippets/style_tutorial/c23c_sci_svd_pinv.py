# SVD singular values and the pseudo-inverse of a rank-deficient matrix.
import torch

A = torch.tensor([[1.0, 2.0], [2.0, 4.0], [0.0, 0.0]], dtype=torch.float64)
S = torch.linalg.svdvals(A)
print(S.round(decimals=8))
P = torch.linalg.pinv(A)
print(P.round(decimals=8))
print(torch.allclose(A @ P @ A, A))
U, S2, Vh = torch.linalg.svd(A, full_matrices=False)
print(U.shape, S2.shape, Vh.shape)
