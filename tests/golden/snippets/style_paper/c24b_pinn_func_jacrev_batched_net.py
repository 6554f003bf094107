# per-sample input Jacobians of a network with vmap(jacrev)
import torch
import torch.nn as nn
from torch.func import jacrev, vmap

torch.manual_seed(4)
net = nn.Sequential(nn.Linear(2, 5), nn.Tanh(), nn.Linear(5, 3)).double()
x = torch.randn(4, 2, dtype=torch.float64)
J = vmap(jacrev(net))(x)
print(J.shape)
J_loop = torch.stack([torch.autograd.functional.jacobian(net, xi) for xi in x])
print(torch.allclose(J, J_loop))
print(J.dtype)
