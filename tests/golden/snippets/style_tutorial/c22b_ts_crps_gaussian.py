import math
import torch
from torch.distributions import Normal

mu = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
sigma = torch.tensor([1.0, 0.5, 2.0])
y = torch.tensor([0.5, 1.0, -1.0])
z = (y - mu) / sigma
std = Normal(0.0, 1.0)
crps = sigma * (z * (2 * std.cdf(z) - 1) + 2 * std.log_prob(z).exp() - 1 / math.sqrt(math.pi))
print(crps.detach())
crps.mean().backward()
print(mu.grad)
nll = -Normal(mu, sigma).log_prob(y)
print(nll.detach())
