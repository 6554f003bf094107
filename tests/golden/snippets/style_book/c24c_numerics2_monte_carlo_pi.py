# Section 13.1: Monte Carlo estimate of pi with a seeded generator
import torch

g = torch.Generator().manual_seed(2024)
for n in (100, 1000, 10000):
    pts = torch.rand(n, 2, generator=g)
    inside = ((pts * pts).sum(dim=1) <= 1).sum().item()
    print(n, inside, 4 * inside / n)
