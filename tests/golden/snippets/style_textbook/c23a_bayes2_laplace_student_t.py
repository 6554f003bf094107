# Heavy-tailed likelihoods: Laplace cdf/icdf and Student-t log densities
import torch
from torch.distributions import Laplace, StudentT

lap = Laplace(torch.tensor(0.0), torch.tensor(1.0))
print(lap.cdf(torch.tensor([-1.0, 0.0, 2.0])))
print(lap.icdf(torch.tensor([0.1, 0.5, 0.9])))
print(lap.entropy(), lap.variance)
t = StudentT(df=torch.tensor(3.0))
print(t.log_prob(torch.tensor([0.0, 1.0, 5.0])))
print(t.mean, t.variance, StudentT(df=torch.tensor(1.5)).variance)
