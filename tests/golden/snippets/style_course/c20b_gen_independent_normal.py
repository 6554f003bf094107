# diagonal Gaussian decoder: Independent(Normal) sums log-probs over the event
import torch
from torch.distributions import Normal, Independent

torch.manual_seed(75)
loc = torch.randn(2, 3)
base = Normal(loc, torch.ones(2, 3))
diag = Independent(base, 1)
x = torch.zeros(2, 3)
print(base.batch_shape, diag.batch_shape, diag.event_shape)
print(base.log_prob(x).sum(-1))
print(diag.log_prob(x))
print(diag)
