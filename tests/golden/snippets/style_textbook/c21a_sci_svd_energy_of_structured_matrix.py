# A rank-2 signal plus small noise: two singular values carry almost all the energy.
import torch

torch.manual_seed(18)
t = torch.linspace(0, 1, 20, dtype=torch.float64)
signal = torch.outer(torch.sin(3 * t), torch.cos(2 * t)) + 0.5 * torch.outer(t, t ** 2)
M = signal + 1e-3 * torch.randn(20, 20, dtype=torch.float64)
S = torch.linalg.svdvals(M)
energy = S ** 2 / (S ** 2).sum()
print(S[:4].round(decimals=4))
print(energy.cumsum(0)[:3].round(decimals=6))
print(torch.linalg.matrix_rank(M, atol=1e-2))
