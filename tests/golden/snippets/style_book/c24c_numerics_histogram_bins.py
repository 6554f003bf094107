# Section 8.5: histograms and bucketize
import torch

data = torch.tensor([0.1, 0.4, 0.45, 0.8, 1.0, 0.2, 0.6])
print(torch.histc(data, bins=4, min=0, max=1))
h = torch.histogram(data, bins=4, range=(0.0, 1.0))
print(h.hist, h.bin_edges)
edges = torch.tensor([0.25, 0.5, 0.75])
print(torch.bucketize(data, edges), torch.bucketize(data, edges, right=True))
print(torch.searchsorted(edges, torch.tensor([0.5, 0.9])))
