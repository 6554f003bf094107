# curvature along a direction: hvp/vhp of a potential, no full Hessian
import torch
import torch.autograd.functional as AF

def potential(r):
    return (r ** 4).sum() / 4 - r[1] * r[2]

r0 = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64)
dirn = torch.tensor([0.0, 1.0, 1.0], dtype=torch.float64)
energy, curv = AF.hvp(potential, r0, dirn)
print(energy, curv)
_, curv_t = AF.vhp(potential, r0, dirn)
print(torch.equal(curv, curv_t))
print(AF.hessian(potential, r0) @ dirn)
