import torch

# the best rank-k approximation keeps the k largest singular values
A = torch.tensor([[4.0, 2.0, 0.5, 1.0],
                  [2.0, 3.0, 1.0, 0.0],
                  [0.5, 1.0, 2.0, 1.5],
                  [1.0, 0.0, 1.5, 3.0],
                  [2.0, 1.0, 1.0, 1.0]])
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
print(U.shape, S.shape, Vh.shape)
print(S)
for k in (1, 2, 3):
    Ak = (U[:, :k] * S[:k]) @ Vh[:k]
    err = torch.linalg.matrix_norm(A - Ak)
    print(k, round(err.item(), 4), round(S[k:].pow(2).sum().sqrt().item(), 4))
print(torch.allclose((U * S) @ Vh, A, atol=1e-5))
print(torch.linalg.svdvals(A))
