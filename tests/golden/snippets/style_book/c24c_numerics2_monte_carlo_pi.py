# Section 13.1: Monte Carlo estimate of pi with a seeded generator
import torch

rng = torch.Generator().manual_seed(2024)
for count in (100, 1000, 10000):
    darts = torch.rand(count, 2, generator=rng)
    inside = ((darts * darts).sum(dim=1) <= 1).sum().item()
    print(count, inside, 4 * inside / count)
