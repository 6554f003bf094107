# Dirichlet prior over mixture weights and KL between two Dirichlets
import torch
from torch.distributions import Dirichlet, kl_divergence

p = Dirichlet(torch.tensor([1.0, 1.0, 1.0]))
q = Dirichlet(torch.tensor([2.0, 5.0, 1.0]))
print(q.mean)
print(kl_divergence(q, p))
print(q.log_prob(torch.tensor([0.2, 0.7, 0.1])))
print(q.concentration, q.event_shape)
