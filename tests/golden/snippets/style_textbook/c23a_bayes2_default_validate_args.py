# Turning argument validation off globally, and back on
import torch
from torch.distributions import Distribution, Normal, Bernoulli

print(Distribution._validate_args)
Distribution.set_default_validate_args(False)
d = Normal(torch.tensor(0.0), torch.tensor(-1.0))
print(d.scale, d._validate_args)
print(Bernoulli(probs=torch.tensor(0.3)).log_prob(torch.tensor(0.5)))
Distribution.set_default_validate_args(True)
try:
    Normal(torch.tensor(0.0), torch.tensor(-1.0))
except ValueError as e:
    print("ValueError", str(e)[:40])
