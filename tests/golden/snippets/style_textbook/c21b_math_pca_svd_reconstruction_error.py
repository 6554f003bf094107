# PCA via SVD: reconstruction error equals the sum of discarded squared singular values
import torch

torch.manual_seed(2)
X = torch.randn(30, 4, dtype=torch.float64)
Xc = X - X.mean(dim=0, keepdim=True)
U, S, Vh = torch.linalg.svd(Xc, full_matrices=False)
for k in range(1, 5):
    Xk = Xc @ Vh[:k].T @ Vh[:k]
    err = ((Xc - Xk) ** 2).sum()
    print(k, round(err.item(), 6), round((S[k:] ** 2).sum().item(), 6))
print(S ** 2 / (X.shape[0] - 1))
