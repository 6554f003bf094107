# Uniform prior: support check, entropy, cdf clamps
import torch
from torch.distributions import Uniform

u = Uniform(torch.tensor([0.0, -1.0]), torch.tensor([2.0, 1.0]))
print(u.entropy(), u.mean, u.stddev)
print(u.cdf(torch.tensor([1.0, 0.5])), u.icdf(torch.tensor([0.25, 0.75])))
try:
    u.log_prob(torch.tensor([2.5, 0.0]))
except ValueError as e:
    print("ValueError", str(e).split(" of the distribution")[0])
try:
    Uniform(torch.tensor(1.0), torch.tensor(0.0))
except ValueError as e:
    print("ValueError", str(e).split(" of distribution")[0])
