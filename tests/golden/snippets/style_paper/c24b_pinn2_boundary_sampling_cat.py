# sampling the four edges of the unit square for boundary conditions
import torch

torch.manual_seed(75)
n = 3
s = torch.rand(n, 1, dtype=torch.float64)
zeros, ones = torch.zeros_like(s), torch.ones_like(s)
edges = [torch.cat([s, zeros], 1), torch.cat([s, ones], 1), torch.cat([zeros, s], 1), torch.cat([ones, s], 1)]
xb = torch.cat(edges, 0)
print(xb.shape)
on_boundary = (xb == 0) | (xb == 1)
print(on_boundary.any(1).all())
print(xb[:, 0].min(), xb[:, 1].max())
