# Frechet distance parts: mean difference and covariance via torch.cov (rounded)
import torch

torch.manual_seed(126)
real = torch.randn(50, 3, dtype=torch.float64)
fake = torch.randn(50, 3, dtype=torch.float64) + 0.5
mu_r, mu_f = real.mean(0), fake.mean(0)
cov_r, cov_f = torch.cov(real.T), torch.cov(fake.T)
print(cov_r.shape, torch.allclose(cov_r, cov_r.T))
print(round((mu_r - mu_f).pow(2).sum().item(), 4))
print(round(torch.trace(cov_r + cov_f).item(), 4))
