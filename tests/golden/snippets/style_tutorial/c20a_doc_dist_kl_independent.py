# kl_divergence between Normals, Independent reinterpreting batch dims
import torch
from torch.distributions import Independent, Normal, kl_divergence

p = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
q = Normal(torch.tensor([1.0, 1.0]), torch.tensor([1.0, 1.0]))
print(kl_divergence(p, q))
ind = Independent(p, 1)
print(ind.batch_shape, ind.event_shape)
print(ind.log_prob(torch.tensor([0.0, 0.0])))
print(p.log_prob(torch.tensor([0.0, 0.0])).sum())
print(ind)
