# rsample keeps the graph, sample does not
import torch
from torch.distributions import Normal

torch.manual_seed(73)
mu = torch.tensor([0.5], requires_grad=True)
sigma = torch.tensor([2.0], requires_grad=True)
d = Normal(mu, sigma)
s = d.sample()
r = d.rsample()
print(s.requires_grad, r.requires_grad, r.grad_fn)
(r ** 2).sum().backward()
print(mu.grad, sigma.grad)
print(d.has_rsample, d.support)
