# PCA in a course notebook: center, covariance, torch.linalg.eigh, explained variance ratio, projection.
import torch

torch.manual_seed(0)
z = torch.randn(100, 2, dtype=torch.float64)
A = torch.tensor([[3.0, 0.0, 1.0], [1.0, 0.5, 0.0]], dtype=torch.float64)
X = z @ A + 0.05 * torch.randn(100, 3, dtype=torch.float64)
Xc = X - X.mean(dim=0)
cov = Xc.T @ Xc / (X.shape[0] - 1)
print(torch.allclose(cov, torch.cov(X.T)))
evals, evecs = torch.linalg.eigh(cov)
order = evals.argsort(descending=True)
evals = evals[order]
evecs = evecs[:, order]
print(evals)
ratio = evals / evals.sum()
print(ratio, ratio.cumsum(0))
proj = Xc @ evecs[:, :2]
print(proj.shape, proj.var(dim=0))
recon = proj @ evecs[:, :2].T + X.mean(dim=0)
print(f"reconstruction mse {((recon - X) ** 2).mean().item():.6f}")
s = torch.linalg.svdvals(Xc)
print(torch.allclose(s ** 2 / 99, evals))
