# torch.autograd.functional.jvp and vjp on a small float64 map
import torch
from torch.autograd.functional import jvp, vjp

def flux(u):
    return torch.stack([u[0] * u[1], 0.5 * u[1] ** 2])

u = torch.tensor([1.0, 2.0], dtype=torch.float64)
out, jv = jvp(flux, u, torch.tensor([1.0, 1.0], dtype=torch.float64))
print(out, jv)
out2, vj = vjp(flux, u, torch.tensor([1.0, 0.0], dtype=torch.float64))
print(vj)
print(torch.equal(out, out2))
