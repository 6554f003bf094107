# Bessel functions from torch.special, as in a physics course (drum modes, heat in a cylinder)
import torch

r = torch.linspace(0, 12, 7, dtype=torch.float64)
print(torch.special.bessel_j0(r))
print(torch.special.bessel_j1(r))
print(torch.special.bessel_y0(r), torch.special.bessel_y1(r), sep="\n")
x = torch.tensor([0.1, 0.5, 1.0, 2.5, 9.0])
for name in ["modified_bessel_i0", "modified_bessel_i1", "modified_bessel_k0", "modified_bessel_k1",
             "scaled_modified_bessel_k0", "scaled_modified_bessel_k1", "spherical_bessel_j0"]:
    print(name, getattr(torch.special, name)(x))
print(torch.special.bessel_j0(torch.tensor([2.404825557695773])).item())
print(torch.special.modified_bessel_k0(torch.tensor([-1.0, 0.0])), torch.special.bessel_j0(torch.arange(3)))
z = torch.tensor([1.5, 3.0], requires_grad=True)
y = torch.special.bessel_j1(z)
print(y, y.requires_grad)
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
try:
    torch.special.bessel_j0(torch.ones(2, dtype=torch.half))
except NotImplementedError as e:
    print(e)
print(torch.special.airy_ai(torch.tensor([-10.0, -2.5, -1.0, 0.0, 1.0, 2.5, 9.0, 120.0, float("inf")])))
