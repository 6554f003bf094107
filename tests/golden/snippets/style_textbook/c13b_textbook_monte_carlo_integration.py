# Probability chapter: Monte Carlo estimates with seeded uniform draws, error shrinking like 1/sqrt(n).
import math
import torch

torch.manual_seed(2024)
for n in (100, 1000, 10000, 100000):
    u = torch.rand(n, 2)
    inside = (u.pow(2).sum(1) <= 1).float()
    pi_hat = 4 * inside.mean()
    print(n, pi_hat.item(), abs(pi_hat.item() - math.pi))
g = torch.Generator().manual_seed(1)
x = torch.rand(50000, generator=g, dtype=torch.float64)
est = torch.exp(x).mean()
print(est.item(), math.e - 1)
se = torch.exp(x).std() / math.sqrt(x.numel())
print(se.item())
anti = 0.5 * (torch.exp(x) + torch.exp(1 - x))
print(anti.mean().item(), (anti.std() / math.sqrt(x.numel())).item())
z = torch.randn(100000, generator=g)
print((z > 1.96).float().mean())
print(torch.special.ndtr(torch.tensor(-1.96)))
