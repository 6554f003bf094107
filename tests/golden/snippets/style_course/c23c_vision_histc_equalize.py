# Histogram of pixel intensities with histc and a cumulative distribution for equalisation.
import torch

img = torch.tensor([[0, 0, 1, 1], [1, 2, 2, 7], [7, 7, 7, 7]], dtype=torch.float32)
hist = torch.histc(img, bins=8, min=0, max=7)
print(hist)
cdf = hist.cumsum(0) / hist.sum()
print(cdf)
eq = (cdf[img.long()] * 7).round()
print(eq)
h, edges = torch.histogram(img, bins=4, range=(0.0, 8.0))
print(h, edges)
