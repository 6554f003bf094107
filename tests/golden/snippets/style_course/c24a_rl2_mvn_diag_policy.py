# MultivariateNormal with a diagonal covariance for continuous actions
import torch
from torch.distributions import MultivariateNormal

torch.manual_seed(27)
mean = torch.tensor([[0.0, 1.0], [0.5, -0.5]])
var = torch.tensor([0.25, 0.25])
cov = torch.diag(var)
policy = MultivariateNormal(mean, cov)
print(policy)
print(policy.batch_shape, policy.event_shape)
act = policy.sample()
print(act.shape, act.dtype)
print(policy.log_prob(mean))
print(policy.entropy())
print(policy.covariance_matrix)
print(policy.stddev)
