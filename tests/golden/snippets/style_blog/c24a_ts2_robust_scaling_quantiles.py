# Robust scaling with the median and inter-quartile range
import torch

x = torch.tensor([1.0, 2.0, 2.5, 3.0, 100.0, 4.0])
med = x.median()
print(med, torch.tensor([1.0, 2.0, 3.0, 4.0]).median())
q1, q3 = torch.quantile(x, torch.tensor([0.25, 0.75]))
print(q1, q3)
print((x - med) / (q3 - q1))
print(torch.quantile(x, 0.5, interpolation='lower'), torch.quantile(x, 0.5, interpolation='midpoint'))
print(torch.nanquantile(torch.tensor([1.0, float('nan'), 3.0]), 0.5))
print(x.median(dim=0))
try:
    torch.quantile(x, 1.5)
except RuntimeError as e:
    print(e)
