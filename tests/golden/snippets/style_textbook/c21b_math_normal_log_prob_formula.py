# Normal log_prob vs the formula -0.5 log(2 pi sigma^2) - (x-mu)^2 / (2 sigma^2)
import math
import torch
from torch.distributions import Normal

mu, sigma = torch.tensor(1.0), torch.tensor(2.0)
d = Normal(mu, sigma)
x = torch.tensor([-1.0, 0.0, 1.0, 3.5])
lp = d.log_prob(x)
formula = -0.5 * math.log(2 * math.pi) - torch.log(sigma) - (x - mu) ** 2 / (2 * sigma ** 2)
print(lp)
print(torch.allclose(lp, formula))
print(d.entropy(), 0.5 * math.log(2 * math.pi * math.e) + math.log(2.0))
print(d.cdf(mu), d.mean, d.stddev, d.variance)
