# a complex-valued residual (Helmholtz with a damping term) in complex128
import torch

x = torch.linspace(0, 1, 4, dtype=torch.float64)
k = 2.0
u = torch.exp(1j * k * x)
print(u.dtype)
lap = -(k ** 2) * u
res = lap + k ** 2 * u
print(res.abs().max())
print(u.real.round(decimals=6), u.imag.round(decimals=6))
print(torch.view_as_real(u).shape)
