# Normal.rsample keeps the graph, Normal.sample does not
import torch
from torch.distributions import Normal

torch.manual_seed(12)
mu = torch.tensor([0.0, 1.0], requires_grad=True)
sigma = torch.tensor([1.0, 0.5], requires_grad=True)
q = Normal(mu, sigma)
print(q)
s = q.sample()
r = q.rsample()
print(s.requires_grad, r.requires_grad)
print(r.grad_fn.name())
r.sum().backward()
print(mu.grad, sigma.grad)
print(q.log_prob(torch.tensor([0.0, 1.0])))
print(q.entropy())
