# Q: batch_shape vs event_shape vs sample_shape
import torch
from torch.distributions import Normal, Independent, Categorical, Dirichlet

n = Normal(torch.zeros(3, 2), torch.ones(3, 2))
print(n.batch_shape, n.event_shape, n.sample((5,)).shape, n.log_prob(torch.zeros(3, 2)).shape)
ind = Independent(n, 1)
print(ind.batch_shape, ind.event_shape, ind.log_prob(torch.zeros(3, 2)).shape)
c = Categorical(logits=torch.zeros(4, 5))
print(c.batch_shape, c.event_shape, c.sample((2,)).shape, c.param_shape)
d = Dirichlet(torch.ones(3))
print(d.batch_shape, d.event_shape, d.mean, d)
