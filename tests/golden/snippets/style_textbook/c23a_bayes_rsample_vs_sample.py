# rsample keeps the graph, sample does not
import torch
from torch.distributions import Normal

mu = torch.tensor(1.0, requires_grad=True)
sigma = torch.tensor(2.0, requires_grad=True)
d = Normal(mu, sigma)
torch.manual_seed(3)
s = d.sample()
torch.manual_seed(3)
r = d.rsample()
print(s, s.requires_grad)
print(r, r.grad_fn.name())
r.backward()
print(mu.grad, sigma.grad)
print(d.has_rsample, torch.equal(s, r.detach()))
