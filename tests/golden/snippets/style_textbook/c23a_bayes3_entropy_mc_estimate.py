# Entropy in closed form vs a Monte Carlo estimate -E[log q(z)]
import torch
from torch.distributions import Normal

torch.manual_seed(54)
q = Normal(torch.tensor([0.0, 2.0]), torch.tensor([1.0, 0.3]))
z = q.sample((20000,))
mc = -q.log_prob(z).mean(0)
print(q.entropy())
print((mc - q.entropy()).abs().max() < 0.05)
