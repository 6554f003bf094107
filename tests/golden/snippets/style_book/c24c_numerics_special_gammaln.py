# Section 7.4: log-gamma and factorials
import math
import torch

n = torch.arange(1, 8, dtype=torch.float64)
lg = torch.special.gammaln(n)
print(lg.exp().round())
print([math.factorial(k - 1) for k in range(1, 8)])
print(torch.lgamma(torch.tensor([0.5, 100.0])))
print(torch.special.multigammaln(torch.tensor([2.5]), 2))
print(torch.lgamma(torch.tensor([0.0, -1.0])))
