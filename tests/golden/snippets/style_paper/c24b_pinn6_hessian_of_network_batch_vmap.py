# batched input Hessians of a float64 network with vmap(hessian), Laplacian by trace
import torch
import torch.nn as nn
from torch.func import functional_call, hessian, vmap

torch.manual_seed(171)
net = nn.Sequential(nn.Linear(2, 5), nn.Tanh(), nn.Linear(5, 1)).double()
params = dict(net.named_parameters())
def u(x):
    return functional_call(net, params, (x,)).squeeze()
pts = torch.rand(4, 2, dtype=torch.float64)
H = vmap(hessian(u))(pts)
lap = H.diagonal(dim1=1, dim2=2).sum(1)
print(H.shape, lap.shape)
print(torch.allclose(H, H.transpose(1, 2)))
