# Monte Carlo integral of exp(x) on [0,1] (exact e - 1) with antithetic variates.
import math
import torch

torch.manual_seed(11)
u = torch.rand(20000, dtype=torch.float64)
plain = torch.exp(u)
anti = 0.5 * (torch.exp(u) + torch.exp(1 - u))
print(f"exact      {math.e - 1:.5f}")
print(f"plain      {plain.mean().item():.5f} +- {plain.std().item() / 20000 ** 0.5:.5f}")
print(f"antithetic {anti.mean().item():.5f} +- {anti.std().item() / 20000 ** 0.5:.5f}")
