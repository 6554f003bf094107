# MultivariateNormal: log_prob against the formula using the covariance determinant
import math
import torch
from torch.distributions import MultivariateNormal

mean = torch.tensor([0.0, 1.0])
cov = torch.tensor([[2.0, 0.5], [0.5, 1.0]])
mvn = MultivariateNormal(mean, covariance_matrix=cov)
x = torch.tensor([1.0, 0.0])
diff = x - mean
manual = -0.5 * (diff @ torch.linalg.inv(cov) @ diff + torch.logdet(cov) + 2 * math.log(2 * math.pi))
print(mvn.log_prob(x), manual)
print(mvn.entropy())
print(mvn.scale_tril)
torch.manual_seed(1)
s = mvn.sample((5000,))
print(torch.cov(s.T).round(decimals=1))
