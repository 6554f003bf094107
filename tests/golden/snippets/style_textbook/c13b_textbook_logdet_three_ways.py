# Matrix calculus chapter: log-determinant via cholesky, slogdet and logdet; gradient equals inverse transpose.
import torch

torch.manual_seed(3)
B = torch.randn(4, 4, dtype=torch.float64)
A = (B @ B.T + 4 * torch.eye(4, dtype=torch.float64)).requires_grad_()
L = torch.linalg.cholesky(A)
ld_chol = 2 * L.diagonal().log().sum()
ld_slog = torch.linalg.slogdet(A).logabsdet
ld = torch.logdet(A)
print(ld_chol.item(), ld_slog.item(), ld.item())
g, = torch.autograd.grad(ld, A)
print(torch.allclose(g, torch.linalg.inv(A).T))
g2, = torch.autograd.grad(ld_chol, A)
print((g2 - g).abs().max().item() < 1e-12)
print(g2.diagonal())
M = torch.randn(3, 3, dtype=torch.float64, requires_grad=True)
tr = torch.trace(M @ M)
gm, = torch.autograd.grad(tr, M)
print(torch.allclose(gm, 2 * M.T))
det = torch.det(M)
gd, = torch.autograd.grad(det, M)
print(torch.allclose(gd, det * torch.linalg.inv(M).T))
