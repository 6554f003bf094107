# Smoothing click-through rates with a Beta prior via lgamma / digamma
import torch

clicks = torch.tensor([0.0, 3.0, 10.0])
views = torch.tensor([5.0, 10.0, 12.0])
a, b = 1.0, 9.0
ctr = (clicks + a) / (views + a + b)
print(ctr)
log_beta = torch.lgamma(torch.tensor(a)) + torch.lgamma(torch.tensor(b)) - torch.lgamma(torch.tensor(a + b))
print(log_beta)
print(torch.special.digamma(torch.tensor([1.0, 2.0, 10.0])))
print(torch.special.gammaln(torch.tensor([0.5, 3.0])))
print(torch.special.xlogy(torch.tensor([0.0, 2.0]), torch.tensor([0.0, 3.0])))
