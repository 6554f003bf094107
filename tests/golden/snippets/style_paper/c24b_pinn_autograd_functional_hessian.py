# torch.autograd.functional.hessian of an energy functional
import torch
from torch.autograd.functional import hessian, jacobian

def energy(q):
    return 0.5 * (q[0] ** 2 + 2 * q[1] ** 2) + q[0] * q[1] ** 2

q = torch.tensor([1.0, 0.5], dtype=torch.float64)
H = hessian(energy, q)
print(H)
J = jacobian(energy, q)
print(J)
Hc = hessian(energy, q, create_graph=True)
print(Hc.requires_grad, H.requires_grad)
