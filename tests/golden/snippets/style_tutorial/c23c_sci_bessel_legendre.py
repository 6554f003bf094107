# Special polynomials and Bessel functions from torch.special, float64, rounded.
import torch

x = torch.tensor([0.0, 0.5, 1.0], dtype=torch.float64)
print(torch.special.legendre_polynomial_p(x, 2))
print(torch.special.chebyshev_polynomial_t(x, 3))
print(torch.special.hermite_polynomial_h(x, 2))
print(torch.special.bessel_j0(x).round(decimals=6))
print(torch.special.i0(x).round(decimals=6))
