# Linear algebra chapter: low-rank approximation with the SVD.
import torch

torch.manual_seed(0)
A = torch.randn(6, 2, dtype=torch.float64) @ torch.randn(2, 5, dtype=torch.float64)
A = A + 0.01 * torch.randn(6, 5, dtype=torch.float64)
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
print(U.shape, S.shape, Vh.shape)
print(S)
for k in (1, 2, 3):
    Ak = U[:, :k] @ torch.diag(S[:k]) @ Vh[:k]
    print(k, torch.linalg.matrix_norm(A - Ak).item(), S[k:].pow(2).sum().sqrt().item())
print(torch.linalg.matrix_rank(A).item(), torch.linalg.matrix_rank(A, atol=0.1).item())
print(torch.linalg.svdvals(A))
