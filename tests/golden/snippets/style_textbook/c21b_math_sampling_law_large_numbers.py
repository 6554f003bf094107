# sample means converge to the expectation (seeded)
import torch
from torch.distributions import Exponential

torch.manual_seed(0)
d = Exponential(rate=torch.tensor(2.0))
for n in [10, 100, 10000]:
    s = d.sample((n,))
    print(n, round(s.mean().item(), 4), round(s.var().item(), 4))
print("true", d.mean, d.variance)
print(d.sample((2, 3)).shape, d.batch_shape, d.event_shape)
