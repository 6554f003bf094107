# MultivariateNormal parameterised by a Cholesky factor
import torch
from torch.distributions import MultivariateNormal

L = torch.tensor([[1.0, 0.0], [0.5, 2.0]])
mvn = MultivariateNormal(torch.tensor([1.0, -1.0]), scale_tril=L)
print(mvn.covariance_matrix)
print(mvn.variance)
print(round(mvn.log_prob(torch.tensor([1.0, -1.0])).item(), 4))
print(round(mvn.entropy().item(), 4))
print(mvn)
try:
    MultivariateNormal(torch.zeros(2))
except ValueError as e:
    print("ValueError:", e)
