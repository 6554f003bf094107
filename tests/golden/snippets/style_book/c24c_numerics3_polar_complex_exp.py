# Section 9.11: complex exponential and polar form
import torch

theta = torch.tensor([0.0, torch.pi / 2, torch.pi])
z = torch.polar(torch.tensor([1.0, 2.0, 1.0]), theta)
print(z.abs(), z.dtype)
print(torch.view_as_real(z).round(decimals=4))
w = torch.tensor([1 + 1j, 2 - 1j])
print(w * w, w / w, w.conj().real)
