# Evidential classification: Dirichlet concentration = evidence + 1
import torch
from torch.distributions import Dirichlet

evidence = torch.tensor([[9.0, 0.0, 1.0], [0.5, 0.5, 0.5]])
alpha = evidence + 1
d = Dirichlet(alpha)
print(d.mean)
S = alpha.sum(-1)
print(S, 3 / S)
print(d.batch_shape, d.event_shape)
print(d.log_prob(torch.tensor([0.8, 0.1, 0.1])))
print(d.concentration)
