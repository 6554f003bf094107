# continuous-action policy: Normal distribution with learned log_std
import torch
import torch.nn as nn
from torch.distributions import Normal

torch.manual_seed(20)
mean_net = nn.Linear(3, 2)
log_std = nn.Parameter(torch.zeros(2) - 0.5)
s = torch.randn(5, 3)
dist = Normal(mean_net(s), log_std.exp())
a = dist.sample()
logp = dist.log_prob(a).sum(-1)
print(a)
print(logp)
(-logp.mean()).backward()
print(log_std.grad)
print(dist.entropy().sum(-1))
