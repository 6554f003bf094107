# torch.median, mode, nanmedian and quantile
import torch

torch.manual_seed(0)
a = torch.randn(4, 5)
print(a)
print(torch.median(a))
print(torch.median(a, 1))
b = torch.tensor([6, 5, 1, 0, 2])
print(torch.mode(b, 0))
c = torch.tensor([1., float('nan'), 3., 2.])
print(c.median(), c.nanmedian())
q = torch.tensor([0.25, 0.5, 0.75])
print(torch.quantile(a, q, dim=1, keepdim=True))
print(torch.quantile(torch.tensor([0., 1., 2., 3.]), 0.6, interpolation='nearest'))
