# Linear algebra chapter: PCA by SVD of centred data vs eigendecomposition of the covariance matrix.
import torch

torch.manual_seed(8)
Z = torch.randn(50, 2, dtype=torch.float64)
X = Z @ torch.tensor([[3.0, 1.0, 0.5], [0.0, 0.5, 0.2]], dtype=torch.float64) + 0.01 * torch.randn(50, 3, dtype=torch.float64)
Xc = X - X.mean(0)
U, S, Vh = torch.linalg.svd(Xc, full_matrices=False)
cov = Xc.T @ Xc / (X.shape[0] - 1)
evals, evecs = torch.linalg.eigh(cov)
print(S ** 2 / (X.shape[0] - 1))
print(evals.flip(0))
print(torch.allclose(S ** 2 / 49, evals.flip(0)))
print((Vh[0].abs() - evecs[:, -1].abs()).abs().max() < 1e-10)
explained = S ** 2 / (S ** 2).sum()
print(explained)
print(explained.cumsum(0))
proj = Xc @ Vh[:2].T
recon = proj @ Vh[:2]
print(((Xc - recon) ** 2).mean())
print(torch.allclose(torch.cov(X.T), cov))
print(U.shape, S.shape, Vh.shape)
