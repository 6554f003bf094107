# Quasi-Monte Carlo with a Sobol sequence vs pseudo-random points for a smooth integral.
import torch

f = lambda p: torch.exp(-(p ** 2).sum(dim=1))
exact = 0.557746285351034
sobol = torch.quasirandom.SobolEngine(dimension=2, scramble=False)
pts = sobol.draw(1024, dtype=torch.float64)
print(pts[:4])
torch.manual_seed(19)
rnd = torch.rand(1024, 2, dtype=torch.float64)
print(f"sobol  {abs(f(pts).mean().item() - exact):.2e}")
print(f"random {abs(f(rnd).mean().item() - exact):.2e}")
