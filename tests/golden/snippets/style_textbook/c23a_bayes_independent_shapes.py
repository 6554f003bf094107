# Independent reinterprets batch dims as event dims: log_prob sums over them
import torch
from torch.distributions import Normal, Independent

base = Normal(torch.zeros(3, 2), torch.ones(3, 2))
ind = Independent(base, 1)
print(base.batch_shape, base.event_shape)
print(ind.batch_shape, ind.event_shape)
x = torch.zeros(3, 2)
print(base.log_prob(x).shape, ind.log_prob(x).shape)
print(ind.log_prob(x))
print(torch.allclose(ind.log_prob(x), base.log_prob(x).sum(-1)))
print(ind)
