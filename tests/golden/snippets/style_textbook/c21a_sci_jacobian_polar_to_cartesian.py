# Jacobian of the polar -> Cartesian map; its determinant is r.
import torch
from torch.autograd.functional import jacobian

def polar(q):
    r, theta = q
    return torch.stack([r * torch.cos(theta), r * torch.sin(theta)])

q = torch.tensor([2.0, torch.pi / 6], dtype=torch.float64)
J = jacobian(polar, q)
print(J)
print(torch.linalg.det(J).item())
