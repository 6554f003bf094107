# KL summed over latent dims then averaged over the batch, vs the mean over everything
import torch

mu = torch.tensor([[0.5, -0.5, 1.0], [0.0, 0.2, -0.1]])
logvar = torch.tensor([[0.1, -0.2, 0.0], [0.3, 0.0, -0.5]])
kl_el = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())
print(kl_el.sum(1).mean())
print(kl_el.mean())
print(kl_el.sum(1).mean() / kl_el.mean())
