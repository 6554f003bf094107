# Dirichlet: concentration controls spread; draws sum to one
import torch
from torch.distributions import Dirichlet

torch.manual_seed(0)
for conc in (0.5, 5.0):
    dist = Dirichlet(torch.full((3,), conc))
    draws = dist.sample((6,))
    print(conc, draws.sum(dim=1), draws.var(dim=0).mean().item() < 0.2)
    print(dist.log_prob(torch.tensor([1 / 3, 1 / 3, 1 / 3])))
asym = Dirichlet(torch.tensor([2.0, 3.0, 5.0]))
print(asym.mean, asym.variance)
print(asym.concentration, asym.event_shape)
