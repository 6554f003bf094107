# Sample histogram normalised as a density (float64), with explicit bin edges.
import torch

samples = torch.tensor([0.1, 0.2, 0.25, 0.5, 0.55, 0.7, 0.9, 0.95], dtype=torch.float64)
hist, edges = torch.histogram(samples, bins=4, range=(0.0, 1.0), density=True)
print(hist, edges)
print((hist * torch.diff(edges)).sum())
h2, e2 = torch.histogram(samples, bins=torch.tensor([0.0, 0.3, 1.0], dtype=torch.float64))
print(h2, e2)
