# Jacobian determinant of polar -> cartesian is r
import torch
from torch.autograd.functional import jacobian

def polar(v):
    r, th = v
    return torch.stack([r * torch.cos(th), r * torch.sin(th)])

v = torch.tensor([2.0, 0.6])
J = jacobian(polar, v)
print(J)
print(torch.linalg.det(J), v[0])
Jinv = torch.linalg.inv(J)
print(Jinv @ J)
