# vmap(grad(u)) gives du/dx at every collocation point
import torch
from torch.func import grad, vmap

def u(x):
    return x[0] ** 2 * x[1] + torch.exp(x[1])

pts = torch.tensor([[1.0, 0.0], [2.0, 1.0], [-1.0, 0.5]], dtype=torch.float64)
g = vmap(grad(u))(pts)
print(g.round(decimals=6))
print(g.shape)
exact = torch.stack([2 * pts[:, 0] * pts[:, 1], pts[:, 0] ** 2 + torch.exp(pts[:, 1])], dim=1)
print(torch.allclose(g, exact))
