# Section 3.9: roots of unity with complex tensors
import torch

n = 4
k = torch.arange(n)
angles = 2 * torch.pi * k / n
roots = torch.polar(torch.ones(n), angles.float())
print(roots.abs(), roots.dtype)
print(torch.view_as_real(roots).round(decimals=4))
print((roots ** n).real.round(decimals=4))
z = torch.complex(torch.tensor([3.0]), torch.tensor([4.0]))
print(z.abs(), z.angle().round(decimals=4), z.conj(), z.real, z.imag)
