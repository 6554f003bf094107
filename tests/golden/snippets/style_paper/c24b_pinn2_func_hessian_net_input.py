# Hessian of a small tanh network w.r.t. its 2-D input (shape and symmetry)
import torch
import torch.nn as nn
from torch.func import hessian

torch.manual_seed(71)
net = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1)).double()
x = torch.tensor([0.3, -0.2], dtype=torch.float64)
H = hessian(lambda v: net(v).squeeze())(x)
print(H.shape)
print(torch.allclose(H, H.T))
H2 = torch.autograd.functional.hessian(lambda v: net(v).squeeze(), x)
print(torch.allclose(H, H2))
