# Independent reinterprets batch dims as event dims: a diagonal Gaussian's joint log-density.
import torch
from torch.distributions import Normal, Independent, MultivariateNormal

loc, scale = torch.zeros(3), torch.tensor([1.0, 2.0, 0.5])
base = Normal(loc, scale)
diag = Independent(base, 1)
x = torch.tensor([0.5, -1.0, 0.25])
print(base.batch_shape, base.event_shape, diag.batch_shape, diag.event_shape)
print(base.log_prob(x).sum(), diag.log_prob(x))
full = MultivariateNormal(loc, covariance_matrix=torch.diag(scale ** 2))
print(full.log_prob(x))
print(diag.entropy(), full.entropy())
