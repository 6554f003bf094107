import torch
from torch.distributions import Normal

mu = torch.tensor([10.0, 12.0])
sd = torch.tensor([1.0, 2.5])
d = Normal(mu, sd)
lo = d.icdf(torch.tensor(0.05))
hi = d.icdf(torch.tensor(0.95))
print(lo, hi)
print(d.cdf(torch.tensor([11.0, 11.0])))
torch.manual_seed(33)
samples = d.sample((1000,))
print(samples.shape, samples.mean(0).round(decimals=1))
print(d.rsample().requires_grad, d.entropy())
