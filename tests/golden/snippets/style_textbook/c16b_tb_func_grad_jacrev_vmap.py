# torch.func transforms: grad of a scalar function, jacrev, vmap over a rows.
import torch
from torch.func import grad, jacrev, vmap

def energy(pts):
    return (pts.sin() * pts).sum()

pts = torch.tensor([0.0, 0.5, 1.5])
print(grad(energy)(pts))
print(jacrev(torch.sin)(pts))
rows = torch.tensor([[0.0, 1.0], [2.0, 3.0]])
print(vmap(grad(energy))(rows))
print(vmap(torch.dot)(rows, rows))
