# Continuous uniform and exponential: cdf, icdf, support checks, and the memoryless property.
import torch
from torch.distributions import Uniform, Exponential

u = Uniform(torch.tensor(2.0), torch.tensor(6.0))
print(u.mean, u.variance, u.cdf(torch.tensor([2.0, 3.0, 6.0])), u.icdf(torch.tensor(0.25)))
print(u.log_prob(torch.tensor(4.0)), u.entropy())
e = Exponential(torch.tensor(0.5))
t = torch.tensor([1.0, 2.0, 4.0])
print(e.cdf(t), e.icdf(torch.tensor([0.5, 0.9])))
surv = 1 - e.cdf(t)
print(surv[1] / surv[0], 1 - e.cdf(torch.tensor(1.0)))
print(e.mean, e.stddev, e.entropy())
try:
    u.log_prob(torch.tensor(7.0))
except ValueError as err:
    print(str(err)[:60])
