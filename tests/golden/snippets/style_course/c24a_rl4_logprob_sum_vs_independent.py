# Summing per-dimension log-probs versus a diagonal MultivariateNormal
import torch
from torch.distributions import Normal, MultivariateNormal

mu = torch.tensor([0.5, -0.5], dtype=torch.float64)
std = torch.tensor([1.0, 2.0], dtype=torch.float64)
a = torch.tensor([0.0, 1.0], dtype=torch.float64)
lp_sum = Normal(mu, std).log_prob(a).sum()
mvn = MultivariateNormal(mu, scale_tril=torch.diag(std))
print(round(lp_sum.item(), 10), round(mvn.log_prob(a).item(), 10))
print(torch.allclose(lp_sum, mvn.log_prob(a)))
print(mvn.scale_tril)
print(round(mvn.entropy().item(), 8), round(Normal(mu, std).entropy().sum().item(), 8))
