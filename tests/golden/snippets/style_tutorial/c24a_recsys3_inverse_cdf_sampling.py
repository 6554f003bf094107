# Negative sampling by inverting the popularity CDF with searchsorted
import torch

g = torch.Generator().manual_seed(40)
pop = torch.tensor([5.0, 1.0, 3.0, 1.0])
cdf = torch.cumsum(pop / pop.sum(), 0)
print(cdf)
u = torch.rand(8, generator=g)
items = torch.searchsorted(cdf, u)
print(u.round(decimals=3))
print(items)
print(torch.bincount(items, minlength=4))
print(torch.searchsorted(cdf, torch.tensor([0.5, 0.9, 1.0]), right=True))
