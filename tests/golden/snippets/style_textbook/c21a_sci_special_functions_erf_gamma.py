# Special functions: erf against the normal CDF, lgamma against log factorials, and their gradients.
import math
import torch

x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
cdf = 0.5 * (1 + torch.special.erf(x / math.sqrt(2)))
print(cdf)
print(torch.distributions.Normal(0.0, 1.0).cdf(x.detach().float()))
cdf.sum().backward()
print(x.grad)
n = torch.arange(1, 6, dtype=torch.float64)
print(torch.lgamma(n + 1).exp().round())
print(torch.special.digamma(torch.tensor([1.0, 2.0])))
