# vmap over a parameter sweep: in_dims=(0, None) and out_dims=1
import torch
from torch.func import vmap
def decay(k, t):
    return torch.exp(-k * t)
ks = torch.tensor([0.5, 1.0, 2.0])
t = torch.linspace(0, 1, 4)
print(vmap(decay, in_dims=(0, None))(ks, t))
print(vmap(decay, in_dims=(0, None), out_dims=1)(ks, t).shape)
try:
    vmap(decay, in_dims=(0, 0))(ks, t)
except ValueError as e:
    print(str(e)[:90])
