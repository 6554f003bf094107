# Distributions built from plain Python numbers use the default float dtype
import torch
from torch.distributions import Normal, Uniform, Exponential, Gamma, Beta, Laplace, Binomial

torch.manual_seed(9)
for d in [Normal(0, 1), Uniform(0, 1), Exponential(1), Gamma(2, 1), Beta(2, 3), Laplace(0, 1), Binomial(5, probs=0.5)]:
    s = d.sample((2,))
    print(type(d).__name__, s, s.dtype, d.log_prob(s))
torch.set_default_dtype(torch.float64)
print(Normal(0, 1).sample(), Uniform(0, 1).mean.dtype)
