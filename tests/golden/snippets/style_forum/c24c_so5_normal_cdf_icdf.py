# Q: normal CDF and quantiles with torch.distributions
import torch
from torch.distributions import Normal, Exponential, Laplace

n = Normal(torch.tensor(1.0), torch.tensor(2.0))
print(n.cdf(torch.tensor([1.0, 3.0])).round(decimals=4))
print(n.icdf(torch.tensor([0.5, 0.975])).round(decimals=4))
print(n.entropy().round(decimals=4), n.variance)
e = Exponential(torch.tensor(2.0))
print(e.mean, e.cdf(torch.tensor(0.0)), e.log_prob(torch.tensor(-1.0)) if False else e.support)
print(Laplace(0.0, 1.0).cdf(torch.tensor(0.0)), Laplace(0.0, 1.0))
