# Puzzle: histc by hand with floor division
import torch

x = torch.tensor([0.1, 0.4, 0.45, 0.8, 0.95, 1.0])
bins = 4
idx = (x * bins).long().clamp(max=bins - 1)
print(idx)
print(torch.bincount(idx, minlength=bins))
print(torch.histc(x, bins=4, min=0, max=1))
h = torch.histogram(x, bins=4, range=(0.0, 1.0))
print(h.hist, h.bin_edges)
