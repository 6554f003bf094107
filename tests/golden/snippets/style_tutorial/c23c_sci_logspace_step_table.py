# logspace step sizes for a convergence table of the forward difference of x^3.
import torch

hs = torch.logspace(-1, -4, 4, dtype=torch.float64)
print(hs)
x = torch.tensor(2.0, dtype=torch.float64)
fd = ((x + hs) ** 3 - x ** 3) / hs
err = (fd - 12.0).abs()
print(err.round(decimals=6))
print((err[:-1] / err[1:]).round(decimals=2))
print(torch.logspace(0, 2, 3, base=2).tolist())
