# Lecture: hvp / vhp from torch.autograd.functional against the full Hessian.
import torch
from torch.autograd.functional import hessian, hvp, vhp

def energy(x):
    return (x[:-1] * x[1:]).sum() + 0.25 * (x ** 4).sum()

x = torch.tensor([0.5, -1.0, 1.5, 2.0], dtype=torch.float64)
v = torch.tensor([1.0, 1.0, 0.0, -1.0], dtype=torch.float64)
H = hessian(energy, x)
print(H)
val, hv = hvp(energy, x, v)
print(val, hv)
val2, vh = vhp(energy, x, v)
print(vh, torch.allclose(hv, vh), torch.allclose(hv, H @ v))
xf = x.float()
print(hvp(energy, xf, v.float())[1])
print(vhp(energy, xf, v.float())[1])
