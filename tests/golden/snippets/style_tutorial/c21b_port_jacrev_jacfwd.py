# porting jax.jacrev/jacfwd: a polar-to-cartesian map and its Jacobian both ways
import torch
from torch.func import jacfwd, jacrev

def to_xyz(angles):
    phi, theta = angles.unbind()
    return torch.stack([torch.sin(phi) * torch.cos(theta), torch.sin(phi) * torch.sin(theta), torch.cos(phi)])

a = torch.tensor([0.4, 1.1])
rev = jacrev(to_xyz)(a)
fwd = jacfwd(to_xyz)(a)
print(rev.shape)
print(rev)
print((rev - fwd).abs().max())
second = jacfwd(jacrev(to_xyz))(a)
print(second.shape, second[2])
