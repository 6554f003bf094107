# A low-rank-plus-diagonal Gaussian posterior: shapes, covariance, log_prob (rounded)
import torch
from torch.distributions import LowRankMultivariateNormal

loc = torch.zeros(3)
cov_factor = torch.tensor([[1.0], [0.5], [0.0]])
cov_diag = torch.tensor([0.5, 0.5, 1.0])
d = LowRankMultivariateNormal(loc, cov_factor, cov_diag)
print(d.batch_shape, d.event_shape)
print(d.covariance_matrix)
print(d.variance)
print(round(d.log_prob(torch.tensor([0.5, 0.0, -1.0])).item(), 4))
print(d)
