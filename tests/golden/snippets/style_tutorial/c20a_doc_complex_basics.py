# torch.complex, polar, view_as_real, abs and angle
import torch

real = torch.tensor([1, 2], dtype=torch.float32)
imag = torch.tensor([3, 4], dtype=torch.float32)
z = torch.complex(real, imag)
print(z, z.dtype)
print(torch.view_as_real(z))
print(z.abs(), z.angle())
print(z.real, z.imag, z.conj())
abs = torch.tensor([1, 2], dtype=torch.float64)
angle = torch.tensor([torch.pi / 2, 5 * torch.pi / 4], dtype=torch.float64)
print(torch.polar(abs, angle))
