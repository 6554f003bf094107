# PCA by SVD on centred synthetic data: components, explained variance ratio, projection and reconstruction.
import torch

g = torch.Generator().manual_seed(0)
Z = torch.randn(50, 2, generator=g)
A = torch.tensor([[3.0, 1.0, 0.5], [0.0, 1.0, -0.5]])
X = Z @ A + 0.05 * torch.randn(50, 3, generator=g)
Xc = X - X.mean(0)
U, S, Vh = torch.linalg.svd(Xc, full_matrices=False)
explained = S ** 2 / (len(X) - 1)
print(explained, explained / explained.sum())
print(Vh.abs())
proj = Xc @ Vh[:2].T
print(proj.shape, proj[:2].abs())
recon = proj @ Vh[:2] + X.mean(0)
print(((X - recon) ** 2).mean())
cov = torch.cov(Xc.T)
evals = torch.linalg.eigvalsh(cov)
print(evals.flip(0), torch.allclose(evals.flip(0), explained, rtol=1e-4))
U2, S2, V2 = torch.pca_lowrank(X, q=2, center=True, niter=4)
print(S2.shape, V2.shape)
