# vmap over points with shared parameters: in_dims=(None, 0) and out_dims
import torch
from torch.func import vmap

def u(theta, x):
    return theta[0] * torch.sin(x) + theta[1] * x

theta = torch.tensor([2.0, 0.5], dtype=torch.float64)
xs = torch.tensor([0.0, 1.0, 2.0], dtype=torch.float64)
print(vmap(u, in_dims=(None, 0))(theta, xs).round(decimals=6))
thetas = torch.stack([theta, 2 * theta])
print(vmap(vmap(u, in_dims=(None, 0)), in_dims=(0, None))(thetas, xs).shape)
print(vmap(lambda x: torch.stack([x, x ** 2]), out_dims=1)(xs))
