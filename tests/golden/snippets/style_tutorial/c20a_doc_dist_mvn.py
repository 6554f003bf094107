# MultivariateNormal with covariance_matrix and scale_tril
import torch
from torch.distributions import MultivariateNormal

torch.manual_seed(0)
m = MultivariateNormal(torch.zeros(2), torch.eye(2))
print(m.sample())
print(m.log_prob(torch.tensor([0.5, -0.5])))
print(m.entropy())
cov = torch.tensor([[2.0, 0.5], [0.5, 1.0]])
m2 = MultivariateNormal(torch.tensor([1.0, -1.0]), covariance_matrix=cov)
print(m2.scale_tril)
print(m2.rsample((3,)))
print(m2.mean, m2.variance, m2.batch_shape, m2.event_shape)
