# KL between two diagonal MultivariateNormals equals the sum of per-dimension Normal KLs
import torch
from torch.distributions import MultivariateNormal, Normal, kl_divergence

mu_q, var_q = torch.tensor([0.5, -0.5]), torch.tensor([0.5, 2.0])
q = MultivariateNormal(mu_q, torch.diag(var_q))
p = MultivariateNormal(torch.zeros(2), torch.eye(2))
kl_mvn = kl_divergence(q, p)
kl_sum = kl_divergence(Normal(mu_q, var_q.sqrt()), Normal(0.0, 1.0)).sum()
print(round(kl_mvn.item(), 4), round(kl_sum.item(), 4))
print(torch.allclose(kl_mvn, kl_sum, atol=1e-5))
