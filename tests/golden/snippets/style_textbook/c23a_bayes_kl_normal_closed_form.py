# kl_divergence between Normals vs the textbook closed form
import torch
from torch.distributions import Normal, kl_divergence

q = Normal(torch.tensor([0.3, -0.2]), torch.tensor([0.8, 1.5]))
p = Normal(0.0, 1.0)
kl = kl_divergence(q, p)
manual = torch.log(p.scale / q.scale) + (q.scale ** 2 + (q.loc - p.loc) ** 2) / (2 * p.scale ** 2) - 0.5
print(kl)
print(manual)
print(torch.allclose(kl, manual))
print(kl_divergence(p, p))
