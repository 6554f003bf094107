# complex numbers meet float64 tensors: promotion and abs/angle
import torch

x = torch.tensor([1.0, 2.0], dtype=torch.float64)
z = x * (1 + 2j)
print(z, z.dtype)
print(torch.tensor([1.0]) * 1j)
print(z.abs(), z.angle().round(decimals=6))
print(torch.polar(torch.tensor([2.0], dtype=torch.float64), torch.tensor([0.0], dtype=torch.float64)))
