# vmap with chunk_size gives the same result in pieces
import torch
from torch.func import grad, vmap

def energy(x):
    return (x ** 2).sum() * 0.5 + x[0] * x[1]

pts = torch.arange(12, dtype=torch.float64).view(6, 2)
full = vmap(grad(energy))(pts)
chunked = vmap(grad(energy), chunk_size=2)(pts)
print(torch.equal(full, chunked))
print(full[:2])
