# Monte Carlo estimate of pi with a seeded generator, error shrinking like 1/sqrt(N).
import torch

g = torch.Generator().manual_seed(2024)
for n in [100, 10_000, 1_000_000]:
    pts = torch.rand(n, 2, generator=g)
    inside = (pts.pow(2).sum(dim=1) <= 1).float()
    est = 4 * inside.mean()
    se = 4 * inside.std() / n ** 0.5
    print(n, round(est.item(), 4), round(se.item(), 4))
