# SVD: reduced decomposition, rank-k approximations and their errors (Eckart-Young) in float64.
import torch

torch.manual_seed(7)
A = torch.randn(6, 4, dtype=torch.float64) @ torch.diag(torch.tensor([5.0, 2.0, 0.5, 0.1], dtype=torch.float64))
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
print(U.shape, S.shape, Vh.shape)
print(S)
print(torch.allclose(U @ torch.diag(S) @ Vh, A))
for k in range(1, 5):
    Ak = U[:, :k] @ torch.diag(S[:k]) @ Vh[:k]
    err = torch.linalg.matrix_norm(A - Ak).item()
    tail = S[k:].pow(2).sum().sqrt().item()
    print(k, round(err, 10), round(tail, 10), torch.linalg.matrix_rank(Ak).item())
U2, S2, Vh2 = torch.linalg.svd(A)
print(U2.shape, Vh2.shape)
print(torch.allclose(S, S2), torch.allclose(torch.linalg.svdvals(A), S))
energy = S.pow(2).cumsum(0) / S.pow(2).sum()
print(energy)
print(torch.linalg.pinv(A).shape, torch.allclose(torch.linalg.pinv(A) @ A, torch.eye(4, dtype=torch.float64)))
