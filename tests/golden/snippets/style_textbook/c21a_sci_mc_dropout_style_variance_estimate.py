# Monte Carlo estimate of E[X^2] for X ~ Exponential(2) using torch.distributions with a seed.
import torch

torch.manual_seed(25)
dist = torch.distributions.Exponential(rate=torch.tensor(2.0))
s = dist.sample((50000,))
print(s.shape, s.dtype)
print(round(s.mean().item(), 3), round((s ** 2).mean().item(), 3), 2 / 2.0 ** 2)
print(dist.mean, dist.variance)
print(dist.log_prob(torch.tensor([0.0, 1.0])))
