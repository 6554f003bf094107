# Laplace and Normal cdf / icdf for clipping probabilities
import torch
from torch.distributions import Laplace, Normal

lap = Laplace(torch.tensor(0.0), torch.tensor(1.0))
print(lap.cdf(torch.tensor([-1.0, 0.0, 2.0])))
print(lap.icdf(torch.tensor([0.1, 0.5, 0.9])))
n = Normal(0.0, 2.0)
print(n.icdf(torch.tensor([0.025, 0.975])))
print(n.cdf(torch.tensor(0.0)))
print(lap.entropy(), lap.stddev)
try:
    n.icdf(torch.tensor(1.5))
except ValueError as e:
    print(type(e).__name__)
