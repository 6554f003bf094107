# count-data generative model: Gamma prior, Poisson likelihood
import torch
from torch.distributions import Gamma, Poisson

torch.manual_seed(139)
rate = Gamma(torch.tensor(2.0), torch.tensor(1.0)).sample((3,))
counts = Poisson(rate).sample()
print(rate)
print(counts)
print(Poisson(torch.tensor([1.0, 4.0])).log_prob(torch.tensor([0.0, 3.0])))
print(Gamma(2.0, 1.0).mean, Gamma(2.0, 1.0).log_prob(torch.tensor(1.5)))
