import torch
from torch.distributions import Normal

torch.manual_seed(17)
mu = torch.zeros(3, requires_grad=True)
std = torch.ones(3)
d = Normal(mu, std)
u = d.rsample()
a = torch.tanh(u)
logp = d.log_prob(u) - torch.log(1 - a.pow(2) + 1e-6)
print(u)
print(a)
print(logp)
logp.sum().backward()
print(mu.grad)
print(a.grad_fn.name())
