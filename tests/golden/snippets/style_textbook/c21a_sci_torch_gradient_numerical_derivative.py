# torch.gradient: second-order finite differences on a sampled function.
import torch

x = torch.linspace(0, 2, 9)
y = x ** 3
(dy,) = torch.gradient(y, spacing=(x,))
print(dy)
print(3 * x ** 2)
(dy_edge,) = torch.gradient(y, spacing=0.25, edge_order=2)
print(dy_edge[[0, -1]])
print(torch.diff(y)[:3], torch.diff(y, n=2)[:3])
