# Registered KL pairs a Bayesian-DL chapter uses: Bernoulli, Beta, Gamma, Laplace, Exponential
import torch
from torch.distributions import Bernoulli, Beta, Exponential, Gamma, Laplace, kl_divergence

print(kl_divergence(Bernoulli(torch.tensor(0.2)), Bernoulli(torch.tensor(0.5))))
print(kl_divergence(Beta(torch.tensor(2.0), torch.tensor(3.0)), Beta(torch.tensor(1.0), torch.tensor(1.0))))
print(kl_divergence(Gamma(torch.tensor(2.0), torch.tensor(1.0)), Gamma(torch.tensor(3.0), torch.tensor(2.0))))
print(kl_divergence(Laplace(0.0, 1.0), Laplace(1.0, 2.0)))
print(kl_divergence(Exponential(torch.tensor(1.0)), Exponential(torch.tensor(2.0))))
