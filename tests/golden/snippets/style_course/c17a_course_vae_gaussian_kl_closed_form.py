# The VAE KL term: closed form versus torch.distributions.kl_divergence
import torch
from torch.distributions import Normal, kl_divergence

torch.manual_seed(12)
mu = torch.randn(4, 2)
logvar = torch.randn(4, 2) * 0.5
closed = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
q = Normal(mu, torch.exp(0.5 * logvar))
p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
lib = kl_divergence(q, p).sum(dim=1)
print(closed)
print(lib)
print(torch.allclose(closed, lib, atol=1e-6), q.rsample().shape, q.batch_shape)
