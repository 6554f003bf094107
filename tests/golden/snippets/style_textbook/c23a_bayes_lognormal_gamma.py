# Positive-valued priors: LogNormal and Gamma moments and densities
import torch
from torch.distributions import LogNormal, Gamma

ln = LogNormal(torch.tensor(0.0), torch.tensor(0.5))
g = Gamma(torch.tensor(2.0), torch.tensor(3.0))
print(ln.mean, ln.variance)
print(g.mean, g.variance)
v = torch.tensor([0.5, 1.0, 2.0])
print(ln.log_prob(v))
print(g.log_prob(v))
print(g.support, ln.support)
print(g.has_rsample, ln.has_rsample)
