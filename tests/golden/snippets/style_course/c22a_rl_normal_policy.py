import torch
from torch.distributions import Normal

torch.manual_seed(3)
mu = torch.tensor([0.5, -0.2], requires_grad=True)
log_std = torch.tensor([-0.5, 0.0], requires_grad=True)
dist = Normal(mu, log_std.exp())
a = dist.sample()
lp = dist.log_prob(a).sum()
print(a)
print(lp)
(-lp).backward()
print(mu.grad)
print(log_std.grad)
print(dist.entropy())
