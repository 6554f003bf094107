# eigendecomposition of a symmetric matrix: A = Q diag(lambda) Q^T
import torch

A = torch.tensor([[2.0, 1.0, 0.0], [1.0, 2.0, 1.0], [0.0, 1.0, 2.0]])
evals, evecs = torch.linalg.eigh(A)
print(evals)
recon = evecs @ torch.diag(evals) @ evecs.T
print(torch.allclose(recon, A, atol=1e-6))
print(torch.allclose(A @ evecs, evecs * evals, atol=1e-5))
print(evals.sum(), torch.trace(A))
print(evals.prod(), torch.linalg.det(A))
