# Normal distribution object: log density, cdf, inverse cdf, entropy, and a sample mean.
import math
import torch
from torch.distributions import Normal

d = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
x = torch.tensor([0.5, 0.5])
print(d.log_prob(x))
print(-0.5 * ((x - d.mean) / d.stddev) ** 2 - torch.log(d.stddev) - 0.5 * math.log(2 * math.pi))
print(d.cdf(x))
print(d.icdf(torch.tensor([0.975, 0.5])))
print(d.entropy())
print(d.batch_shape, d.event_shape, d.variance)
torch.manual_seed(16)
s = d.sample((2000,))
print(s.shape, s.mean(0), s.std(0))
print(d)
