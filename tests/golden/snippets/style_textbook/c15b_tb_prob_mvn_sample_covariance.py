# Multivariate normal: samples with a given covariance, the sample covariance, and log_prob.
import torch
from torch.distributions import MultivariateNormal

mu = torch.tensor([1.0, -1.0])
cov = torch.tensor([[2.0, 0.8], [0.8, 1.0]])
mvn = MultivariateNormal(mu, covariance_matrix=cov)
print(mvn.batch_shape, mvn.event_shape)
print(mvn.scale_tril)
torch.manual_seed(19)
xs = mvn.sample((5000,))
centered = xs - xs.mean(0)
print(xs.mean(0))
print(centered.T @ centered / (len(xs) - 1))
print(torch.cov(xs.T))
print(mvn.log_prob(torch.tensor([[1.0, -1.0], [0.0, 0.0]])))
print(mvn.entropy())
