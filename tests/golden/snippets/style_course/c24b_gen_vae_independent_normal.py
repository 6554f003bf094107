# Independent(Normal) for a diagonal Gaussian posterior
import torch
from torch.distributions import Independent, Normal, kl_divergence

mu = torch.zeros(3, 4)
scale = torch.ones(3, 4) * 2
q = Independent(Normal(mu, scale), 1)
print(q)
print(q.batch_shape, q.event_shape)
x = torch.ones(3, 4)
print(q.log_prob(x))
p = Independent(Normal(torch.zeros(3, 4), torch.ones(3, 4)), 1)
print(kl_divergence(q, p))
print(Normal(mu, scale).log_prob(x).shape)
