# torch.gradient finite differences vs autograd on a grid
import torch

grid = torch.linspace(0, 1, 6, dtype=torch.float64)
u = grid ** 3
(du,) = torch.gradient(u, spacing=(grid,))
print(du)
leaf = grid.detach().clone().requires_grad_()
(auto,) = torch.autograd.grad(leaf.pow(3).sum(), leaf)
print(auto.round(decimals=4))
print((du - auto).abs().max().round(decimals=6))
print(torch.gradient(u, spacing=0.2, edge_order=2)[0])
