# a low-rank plus diagonal Gaussian posterior (LowRankMultivariateNormal)
import torch
from torch.distributions import LowRankMultivariateNormal

factor = torch.tensor([[1.0], [0.5], [0.0]])
diag = torch.tensor([0.5, 1.0, 2.0])
q = LowRankMultivariateNormal(torch.zeros(3), cov_factor=factor, cov_diag=diag)
print(q)
print(q.covariance_matrix)
print(q.log_prob(torch.tensor([0.5, 0.0, -1.0])))
print(q.batch_shape, q.event_shape, q.entropy().shape)
