# Multivariate Gaussians: MultivariateNormal log_prob vs the formula, samples' empirical covariance.
import math
import torch
from torch.distributions import MultivariateNormal

mu = torch.tensor([1.0, -1.0])
cov = torch.tensor([[2.0, 0.6], [0.6, 1.0]])
mvn = MultivariateNormal(mu, covariance_matrix=cov)
print(mvn, mvn.event_shape, mvn.batch_shape)
x = torch.tensor([0.5, 0.0])
diff = x - mu
manual = -0.5 * (diff @ torch.linalg.inv(cov) @ diff) - 0.5 * torch.logdet(cov) - math.log(2 * math.pi)
print(mvn.log_prob(x), manual)
print(mvn.scale_tril)
print(torch.linalg.cholesky(cov))
torch.manual_seed(1)
S = mvn.sample((4000,))
print(S.shape)
emp = torch.cov(S.T)
print((emp - cov).abs().max() < 0.15, (S.mean(0) - mu).abs().max() < 0.1)
print(mvn.entropy(), mvn.mean, mvn.variance)
L = torch.tensor([[1.0, 0.0], [0.5, 2.0]])
m2 = MultivariateNormal(torch.zeros(2), scale_tril=L)
print(m2.covariance_matrix, m2.log_prob(torch.zeros(2)))
