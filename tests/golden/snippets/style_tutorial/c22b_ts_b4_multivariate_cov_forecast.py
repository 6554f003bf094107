import torch
from torch.distributions import MultivariateNormal

mu = torch.tensor([1.0, -1.0])
L = torch.tensor([[1.0, 0.0], [0.5, 0.8]])
d = MultivariateNormal(mu, scale_tril=L)
print(d.covariance_matrix)
print(d.log_prob(torch.tensor([1.0, 0.0])))
torch.manual_seed(64)
s = d.sample((4,))
print(s.shape, d.entropy())
print(d.rsample().requires_grad)
