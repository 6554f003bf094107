# Descriptive statistics: quantiles, median, histogram counts and bucketize into bins.
import torch

torch.manual_seed(38)
x = torch.randn(200)
print(torch.quantile(x, torch.tensor([0.25, 0.5, 0.75])))
print(x.median(), x.nanmedian(), torch.quantile(x, 0.5))
print(torch.quantile(torch.tensor([1.0, 2.0, 3.0, 4.0]), 0.4, interpolation='lower'))
counts = torch.histc(x, bins=5, min=-2.5, max=2.5)
print(counts, counts.sum())
edges = torch.tensor([-1.0, 0.0, 1.0])
print(torch.bucketize(torch.tensor([-2.0, -1.0, 0.5, 1.0, 3.0]), edges))
print(torch.bucketize(torch.tensor([-1.0, 1.0]), edges, right=True))
h = torch.histogram(x, bins=4)
print(h.hist, h.bin_edges)
