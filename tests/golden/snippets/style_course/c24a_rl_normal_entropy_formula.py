# Gaussian entropy against its closed form, in float64
import math
import torch
from torch.distributions import Normal

std = torch.tensor([0.1, 1.0, 2.5], dtype=torch.float64)
d = Normal(torch.zeros(3, dtype=torch.float64), std)
print(d.entropy())
print(0.5 + 0.5 * math.log(2 * math.pi) + torch.log(std))
print(d.entropy().dtype)
print(d.log_prob(torch.zeros(3, dtype=torch.float64)))
print(d.cdf(torch.tensor([0.0, 1.0, -1.0], dtype=torch.float64)))
