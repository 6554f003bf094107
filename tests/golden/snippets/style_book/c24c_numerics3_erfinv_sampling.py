# Section 7.15: inverse-CDF sampling of a normal from uniforms
import torch

u = torch.tensor([0.1, 0.5, 0.9, 0.975])
z = (2 ** 0.5) * torch.erfinv(2 * u - 1)
print(z)
print(torch.special.ndtri(u))
print(torch.erfinv(torch.tensor([-1.0, 1.0, 1.5])))
