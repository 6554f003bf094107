# HW: the reparameterisation trick - gradients flow through rsample, not sample
import torch
from torch.distributions import Normal

torch.manual_seed(0)
mu = torch.tensor(0.0, requires_grad=True)
dist = Normal(mu, 1.0)
z = dist.rsample((3,))
print(z, z.grad_fn is not None)
(z ** 2).mean().backward()
print("d/dmu:", mu.grad)
s = dist.sample((3,))
print(s, s.requires_grad)
