# Per-sample Jacobians of a map with vmap(jacrev(...)) and in_dims.
import torch
from torch.func import jacrev, vmap

def flow(x, a):
    return torch.stack([a * x[0] - x[1], x[0] * x[1]])

xs = torch.tensor([[1.0, 2.0], [0.0, 1.0]], dtype=torch.float64)
J = vmap(jacrev(flow), in_dims=(0, None))(xs, torch.tensor(3.0, dtype=torch.float64))
print(J.shape)
print(J)
print(vmap(torch.trace)(J))
