# Q: printing complex numbers and their parts.
import torch

z = torch.tensor([1 + 2j, -0.5j, 3.0 + 0j])
print(z, z.dtype)
print(z.real, z.imag)
print(z.abs(), z.angle())
print(torch.complex(torch.tensor([1.0]), torch.tensor([-1.0])))
print(z.conj(), z.conj().is_conj())
print(torch.view_as_real(z))
