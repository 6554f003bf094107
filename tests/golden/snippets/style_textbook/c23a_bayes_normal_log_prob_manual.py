# Normal.log_prob checked against the formula -(x-mu)^2/(2 s^2) - log s - log sqrt(2 pi)
import math
import torch
from torch.distributions import Normal

x = torch.tensor([-1.0, 0.0, 2.5])
mu, s = torch.tensor(0.5), torch.tensor(1.5)
lp = Normal(mu, s).log_prob(x)
manual = -((x - mu) ** 2) / (2 * s ** 2) - s.log() - math.log(math.sqrt(2 * math.pi))
print(lp)
print(manual)
print((lp - manual).abs().max() < 1e-6)
print(lp.exp())
