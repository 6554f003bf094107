# special functions used in analytic solutions (float64, rounded)
import torch

x = torch.tensor([0.0, 0.5, 1.0, 2.0], dtype=torch.float64)
print(torch.special.erf(x).round(decimals=8))
print(torch.special.erfc(x).round(decimals=8))
print(torch.special.bessel_j0(x).round(decimals=8))
print(torch.special.i0(x).round(decimals=8))
print(torch.special.xlogy(x, x))
