# Section 7.17: digamma(n+1) = H_n - gamma
import torch

n = torch.arange(1, 6, dtype=torch.float64)
harmonic = torch.cumsum(1.0 / n, 0)
euler_gamma = -torch.digamma(torch.tensor(1.0, dtype=torch.float64))
print(harmonic)
print((torch.digamma(n + 1) + euler_gamma - harmonic).abs().max() < 1e-12)
print(round(euler_gamma.item(), 12))
