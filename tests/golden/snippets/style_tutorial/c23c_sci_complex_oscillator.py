# Complex exponential solution of y'' = -w^2 y; torch.polar and the real part over time.
import math
import torch

t = torch.linspace(0, math.pi, 5, dtype=torch.float64)
z = torch.polar(torch.ones_like(t), 2 * t)
print(z.dtype)
print(z.real.round(decimals=6))
print(z.abs().round(decimals=12), z.angle().round(decimals=6))
c = torch.complex(torch.tensor(3.0), torch.tensor(4.0))
print(c, c.abs(), c.conj(), torch.view_as_real(c))
