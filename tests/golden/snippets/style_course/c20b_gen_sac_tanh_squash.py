# SAC-style tanh-squashed Gaussian log-prob correction
import torch
from torch.distributions import Normal

torch.manual_seed(81)
mu = torch.tensor([[0.0, 1.0]], requires_grad=True)
log_std = torch.tensor([[-1.0, 0.0]], requires_grad=True)
d = Normal(mu, log_std.exp())
u = d.rsample()
a = torch.tanh(u)
logp = d.log_prob(u).sum(-1) - torch.log(1 - a.pow(2) + 1e-6).sum(-1)
print(a, logp)
(-logp).sum().backward()
print(mu.grad, log_std.grad)
