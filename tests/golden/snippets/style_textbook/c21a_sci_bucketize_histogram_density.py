# Histogram density estimate of normal samples via histc and bucketize.
import torch

torch.manual_seed(20)
z = torch.randn(10000)
counts = torch.histc(z, bins=8, min=-4, max=4)
print(counts)
density = counts / (counts.sum() * 1.0)
print(density.round(decimals=4))
edges = torch.linspace(-4, 4, 9)
idx = torch.bucketize(torch.tensor([-3.5, 0.0, 0.1, 3.9]), edges)
print(idx)
