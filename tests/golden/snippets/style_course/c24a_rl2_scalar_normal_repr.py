# Distributions built from Python numbers, and dtype promotion
import torch
from torch.distributions import Normal, Uniform

n = Normal(0.0, 1.0)
print(n, n.loc, n.loc.dtype)
print(n.batch_shape, n.sample().shape)
m = Normal(torch.tensor([0.0, 1.0]), 2.0)
print(m, m.scale)
u = Uniform(-1.0, torch.tensor([1.0, 2.0]))
print(u, u.low)
torch.manual_seed(26)
print(u.sample())
print(n.log_prob(torch.tensor(0.0)))
print(Normal(torch.tensor(0.0, dtype=torch.float64), 1.0).scale.dtype)
