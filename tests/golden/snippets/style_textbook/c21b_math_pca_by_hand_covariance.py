# PCA by hand: centre, covariance, eigh, project; compare with torch.pca_lowrank signs aside
import torch

torch.manual_seed(0)
X = torch.randn(100, 2) @ torch.tensor([[3.0, 0.0], [1.0, 0.5]])
Xc = X - X.mean(0)
C = Xc.T @ Xc / (X.shape[0] - 1)
print(torch.allclose(C, torch.cov(X.T), atol=1e-5))
evals, evecs = torch.linalg.eigh(C)
order = evals.argsort(descending=True)
evals, evecs = evals[order], evecs[:, order]
print(evals)
print(evals / evals.sum())
Z = Xc @ evecs
print(Z.var(0, unbiased=True))
print(torch.allclose(Z.var(0), evals, atol=1e-4))
