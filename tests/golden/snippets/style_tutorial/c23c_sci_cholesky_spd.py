# Sampling-free check of an SPD covariance: Cholesky factor, log-determinant from its diagonal.
import torch

cov = torch.tensor([[2.0, 0.6, 0.0], [0.6, 1.0, 0.3], [0.0, 0.3, 0.5]], dtype=torch.float64)
L = torch.linalg.cholesky(cov)
print(torch.equal(L, L.tril()), (L.diagonal() > 0).all().item())
logdet_chol = 2 * L.diagonal().log().sum()
sign, logdet = torch.linalg.slogdet(cov)
print(sign.item(), round(logdet_chol.item(), 8), round(logdet.item(), 8))
U = torch.linalg.cholesky(cov, upper=True)
print(torch.allclose(U, L.mT))
