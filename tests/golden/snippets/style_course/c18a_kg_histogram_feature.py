# Histogram of a feature with histc and histogram
import torch

torch.manual_seed(3)
x = torch.randn(500) * 2 + 1
counts = torch.histc(x, bins=8, min=-5, max=7)
print(counts)
hist, edges = torch.histogram(x, bins=5)
print(hist)
print(edges)
print(torch.searchsorted(edges, torch.tensor([0.0, 1.0, 2.5])))
