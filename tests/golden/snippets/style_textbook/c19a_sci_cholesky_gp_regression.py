# Gaussian-process regression with a Cholesky solve and marginal likelihood gradient
import torch
torch.manual_seed(62)
X = torch.linspace(0, 1, 6, dtype=torch.float64).unsqueeze(1)
y = torch.sin(6 * X).squeeze() + 0.05 * torch.randn(6, dtype=torch.float64)
log_ell = torch.tensor(-1.0, dtype=torch.float64, requires_grad=True)
K = torch.exp(-0.5 * torch.cdist(X, X) ** 2 / log_ell.exp() ** 2) + 1e-2 * torch.eye(6, dtype=torch.float64)
L = torch.linalg.cholesky(K)
alpha = torch.cholesky_solve(y.unsqueeze(1), L)
nll = 0.5 * (y.unsqueeze(1) * alpha).sum() + torch.log(torch.diagonal(L)).sum()
nll.backward()
print(nll.item())
print(log_ell.grad.item())
print(L.diagonal())
