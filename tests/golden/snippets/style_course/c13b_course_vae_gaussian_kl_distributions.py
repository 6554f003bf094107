# VAE lecture: the closed-form Gaussian KL vs torch.distributions.kl_divergence vs a Monte Carlo estimate.
import torch
from torch.distributions import Normal, kl_divergence

torch.manual_seed(44)
mu = torch.tensor([0.5, -1.0, 2.0])
logvar = torch.tensor([-0.5, 0.3, 0.0])
std = torch.exp(0.5 * logvar)
closed = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())
q = Normal(mu, std)
p = Normal(torch.zeros(3), torch.ones(3))
lib = kl_divergence(q, p)
print(closed)
print(lib)
print(torch.allclose(closed, lib))
z = q.rsample((20000,))
mc = (q.log_prob(z) - p.log_prob(z)).mean(0)
print(mc)
print(q.entropy())
print(q.mean, q.stddev, q.variance)
mu_p = mu.clone().requires_grad_()
kl = kl_divergence(Normal(mu_p, std), p).sum()
kl.backward()
print(mu_p.grad)
