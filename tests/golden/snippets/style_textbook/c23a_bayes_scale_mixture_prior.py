# The scale-mixture prior from Bayes by backprop: log of a two-Gaussian mixture via logsumexp
import math
import torch
from torch.distributions import Normal

w = torch.tensor([0.0, 0.01, 0.5, -2.0])
pi = 0.5
n1, n2 = Normal(0.0, 1.0), Normal(0.0, math.exp(-6))
direct = torch.log(pi * n1.log_prob(w).exp() + (1 - pi) * n2.log_prob(w).exp())
stable = torch.logsumexp(torch.stack([math.log(pi) + n1.log_prob(w),
                                      math.log(1 - pi) + n2.log_prob(w)]), dim=0)
print(direct)
print(stable)
print(torch.isfinite(direct), torch.isfinite(stable))
