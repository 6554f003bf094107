# A Poisson likelihood for count data: log_prob, seeded samples, mean and variance
import torch
from torch.distributions import Poisson

rate = torch.tensor([0.5, 3.0, 10.0])
p = Poisson(rate)
print(p.log_prob(torch.tensor([0.0, 3.0, 7.0])))
torch.manual_seed(35)
print(p.sample((3,)))
print(p.mean, p.variance, p.mode)
try:
    p.log_prob(torch.tensor([0.5, 1.0, 2.0]))
except ValueError as e:
    print("ValueError", str(e).split(" of the distribution")[0])
