# Normal distribution CDF / inverse CDF in float64 and the log-density gradient w.r.t. the mean.
import torch
from torch.distributions import Normal

mu = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
d = Normal(mu, torch.tensor(2.0, dtype=torch.float64))
x = torch.tensor([-1.0, 1.0, 3.0], dtype=torch.float64)
print(d.cdf(x).detach().round(decimals=6))
print(d.icdf(torch.tensor([0.5, 0.975], dtype=torch.float64)).detach().round(decimals=6))
d.log_prob(x).sum().backward()
print(mu.grad)
print(d.mean, d.stddev, d.variance)
