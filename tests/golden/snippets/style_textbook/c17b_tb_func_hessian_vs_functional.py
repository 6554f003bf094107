# torch.func.hessian and torch.autograd.functional.hessian agree.
import torch
from torch.func import hessian as fhess
from torch.autograd.functional import hessian as ahess

def energy(z):
    return (z[0] * z[1] ** 2 + torch.sin(z[2]) * z[0]).sum()

z = torch.tensor([1.0, 2.0, 0.5])
h1 = fhess(energy)(z)
h2 = ahess(energy, z)
print(h1)
print(torch.allclose(h1, h2), h1.requires_grad, h2.requires_grad)
