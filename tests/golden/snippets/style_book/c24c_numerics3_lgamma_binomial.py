# Section 7.16: binomial coefficients via lgamma
import torch

n = torch.tensor([5.0, 10.0, 50.0], dtype=torch.float64)
k = torch.tensor([2.0, 5.0, 25.0], dtype=torch.float64)
logc = torch.lgamma(n + 1) - torch.lgamma(k + 1) - torch.lgamma(n - k + 1)
print(logc.exp().round())
print(torch.special.gammaln(torch.tensor([1.0, 2.0, 3.0])))
