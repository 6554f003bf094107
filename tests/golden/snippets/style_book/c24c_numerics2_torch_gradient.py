# Section 2.4: torch.gradient, finite differences on a grid
import torch

x = torch.linspace(0, 2, 5)
y = x * x
print(torch.gradient(y))
print(torch.gradient(y, spacing=0.5))
print(torch.gradient(y, spacing=(x,)))
print(torch.gradient(y, edge_order=2, spacing=0.5))
g = torch.gradient(torch.tensor([[1.0, 2.0, 4.0], [2.0, 5.0, 9.0]]))
print(g)
