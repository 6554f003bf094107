# Per-sample Jacobians of a small map with vmap(jacrev(...)).
import torch
from torch.func import jacrev, vmap

W = torch.tensor([[1.0, 2.0], [0.5, -1.0], [0.0, 3.0]])

def layer(x):
    return torch.tanh(W @ x)

xs = torch.tensor([[0.1, 0.2], [0.0, 0.0], [-0.3, 0.4]])
J = vmap(jacrev(layer))(xs)
print(J.shape)
print(J[1])
print(J[0].round(decimals=4))
