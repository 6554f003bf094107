# torch.distributions.kl_divergence vs the VAE closed form
import torch
from torch.distributions import Normal, kl_divergence

torch.manual_seed(72)
mu = torch.randn(2, 3, requires_grad=True)
logvar = torch.randn(2, 3)
q = Normal(mu, (0.5 * logvar).exp())
p = Normal(torch.zeros(2, 3), torch.ones(2, 3))
kl_api = kl_divergence(q, p).sum(-1)
kl_formula = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(-1)
print(kl_api)
print(kl_formula)
kl_api.sum().backward()
print(torch.allclose(mu.grad, mu.detach()))
