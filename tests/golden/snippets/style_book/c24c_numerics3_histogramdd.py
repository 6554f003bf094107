# Section 8.13: two-dimensional histograms
import torch

pts = torch.tensor([[0.1, 0.1], [0.2, 0.8], [0.9, 0.9], [0.6, 0.4], [0.55, 0.45]])
h = torch.histogramdd(pts, bins=[2, 2], range=[0.0, 1.0, 0.0, 1.0])
print(h.hist)
print(h.bin_edges)
h2 = torch.histogram(pts[:, 0], bins=torch.tensor([0.0, 0.5, 0.75, 1.0]), density=True)
print(h2.hist)
