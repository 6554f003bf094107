# Laplacian of a network u(x, y) as the trace of its Hessian, point by point.
import torch
from torch.func import hessian, vmap

torch.manual_seed(8)
net = torch.nn.Sequential(torch.nn.Linear(2, 6), torch.nn.Tanh(), torch.nn.Linear(6, 1))
u = lambda p: net(p).squeeze()
pts = torch.tensor([[0.0, 0.0], [0.5, -0.5], [1.0, 1.0]])
H = vmap(hessian(u))(pts)
lap = H.diagonal(dim1=-2, dim2=-1).sum(-1)
print(H.shape)
print(lap.round(decimals=4))
print(torch.allclose(H, H.transpose(-1, -2), atol=1e-6))
