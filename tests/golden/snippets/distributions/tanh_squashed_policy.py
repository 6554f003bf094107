# A squashed Gaussian policy (soft actor-critic style) with TanhTransform and its cache
import torch
import torch.nn as nn
from torch.distributions import Normal, TransformedDistribution
from torch.distributions.transforms import TanhTransform

torch.manual_seed(6)
net = nn.Linear(3, 4)
mu, log_std = net(torch.randn(5, 3)).chunk(2, dim=-1)
std = log_std.clamp(-5, 2).exp()
dist = TransformedDistribution(Normal(mu, std), [TanhTransform(cache_size=1)])
action = dist.rsample()
logp = dist.log_prob(action).sum(-1)
print(action, logp)
logp.mean().backward()
print(net.weight.grad)
uncached = TransformedDistribution(Normal(mu.detach(), std.detach()), TanhTransform())
print(uncached.log_prob(action.detach()).sum(-1))
t = TanhTransform(cache_size=1)
q = torch.tensor([0.5])
print(t.inv(t(q)) is q, t.with_cache(0)._cache_size, t.codomain, t.sign)
