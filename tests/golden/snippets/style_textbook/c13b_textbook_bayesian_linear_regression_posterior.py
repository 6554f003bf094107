# Bayesian regression chapter: Gaussian prior on weights, posterior mean and covariance, predictive variance.
import torch

torch.manual_seed(21)
alpha, beta = 2.0, 25.0
x = torch.rand(10, dtype=torch.float64) * 2 - 1
y = -0.3 + 0.5 * x + torch.randn(10, dtype=torch.float64) / beta ** 0.5
Phi = torch.stack([torch.ones_like(x), x], dim=1)
S_inv = alpha * torch.eye(2, dtype=torch.float64) + beta * Phi.T @ Phi
S = torch.linalg.inv(S_inv)
m = beta * S @ Phi.T @ y
print(m)
print(S)
L = torch.linalg.cholesky(S_inv)
print(torch.allclose(torch.cholesky_inverse(L), S))
xs = torch.tensor([-1.0, 0.0, 1.0, 2.0], dtype=torch.float64)
Phis = torch.stack([torch.ones_like(xs), xs], dim=1)
pred_mean = Phis @ m
pred_var = 1 / beta + (Phis @ S * Phis).sum(1)
print(pred_mean)
print(pred_var)
mvn = torch.distributions.MultivariateNormal(m, covariance_matrix=S)
torch.manual_seed(0)
print(mvn.sample((3,)))
print(mvn.log_prob(m))
