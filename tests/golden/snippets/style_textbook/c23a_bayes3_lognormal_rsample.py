# LogNormal is a transformed Normal: rsample keeps the graph through exp
import torch
from torch.distributions import LogNormal

mu = torch.tensor(0.0, requires_grad=True)
s = torch.tensor(0.5, requires_grad=True)
torch.manual_seed(51)
x = LogNormal(mu, s).rsample((3,))
print(x, x.grad_fn.name())
x.sum().backward()
print(mu.grad.round(decimals=4), s.grad.round(decimals=4))
print(LogNormal(mu, s).base_dist, LogNormal(mu, s).transforms)
