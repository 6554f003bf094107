# compare a network-free ODE residual with torch.func.jacfwd in time
import torch
from torch.func import jacfwd

def traj(t):
    return torch.stack([torch.cos(t), torch.sin(t)])

t = torch.tensor(0.7, dtype=torch.float64)
dx = jacfwd(traj)(t)
print(dx.round(decimals=8))
rhs = torch.stack([-traj(t)[1], traj(t)[0]])
print(torch.allclose(dx, rhs))
ts = torch.linspace(0, 1, 3, dtype=torch.float64)
print(torch.vmap(jacfwd(traj))(ts).shape)
