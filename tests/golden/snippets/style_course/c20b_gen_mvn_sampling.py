# MultivariateNormal latent prior with a full covariance
import torch
from torch.distributions import MultivariateNormal

torch.manual_seed(74)
cov = torch.tensor([[1.0, 0.8], [0.8, 1.0]])
d = MultivariateNormal(torch.zeros(2), covariance_matrix=cov)
x = d.sample((4,))
print(x)
print(d.log_prob(x))
print(d.scale_tril)
print(d.entropy())
