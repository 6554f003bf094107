# KL between two Independent Normals sums over the event dimension
import torch
from torch.distributions import Normal, Independent, kl_divergence

q = Independent(Normal(torch.tensor([[0.0, 1.0], [0.5, 0.5]]), torch.tensor([[1.0, 0.5], [2.0, 1.0]])), 1)
p = Independent(Normal(torch.zeros(2, 2), torch.ones(2, 2)), 1)
kl = kl_divergence(q, p)
print(kl.shape)
print(kl)
print(kl_divergence(q.base_dist, p.base_dist).sum(-1))
