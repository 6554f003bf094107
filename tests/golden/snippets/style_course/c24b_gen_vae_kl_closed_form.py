# KL(q || N(0, I)) in closed form, per sample and summed
import torch

mu = torch.tensor([[0.0, 0.0], [1.0, -1.0], [0.5, 2.0]])
logvar = torch.tensor([[0.0, 0.0], [0.0, 0.5], [-1.0, 1.0]])
kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
print(kl)
print(kl.mean(), kl.sum())
q = torch.distributions.Normal(mu, (0.5 * logvar).exp())
p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
print(torch.distributions.kl_divergence(q, p).sum(1))
