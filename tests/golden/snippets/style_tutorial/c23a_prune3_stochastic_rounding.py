# Stochastic rounding for low-precision training: round up with probability equal to the fraction
import torch

torch.manual_seed(63)
x = torch.tensor([0.25, 1.5, -0.75, 2.0])
floor = torch.floor(x)
frac = x - floor
r = floor + (torch.rand(1000, 4) < frac).float()
print(frac)
print(r.mean(0).round(decimals=1))
print(r[:3])
