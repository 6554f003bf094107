# Jacobian matrisi: torch.autograd.functional.jacobian
import torch
from torch.autograd.functional import jacobian

def fonksiyon(v):
    return torch.stack([v[0] * v[1], v[0] ** 2, torch.sin(v[1])])

nokta = torch.tensor([1.0, 2.0])
J = jacobian(fonksiyon, nokta)
print("Jacobian şekli:", J.shape)
print(J)
v = torch.tensor([1.0, 0.0, 1.0])
print("vᵀ·J:", v @ J)
