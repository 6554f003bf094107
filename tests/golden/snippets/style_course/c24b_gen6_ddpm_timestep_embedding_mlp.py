# timestep embedding followed by an MLP: shapes and parameter count
import math
import torch
import torch.nn as nn

def embed(t, dim=8):
    half = dim // 2
    f = torch.exp(torch.arange(half) * (-math.log(10000.0) / (half - 1)))
    a = t.float()[:, None] * f[None]
    return torch.cat([a.sin(), a.cos()], dim=1)

mlp = nn.Sequential(nn.Linear(8, 16), nn.SiLU(), nn.Linear(16, 16))
t = torch.tensor([0, 5, 999])
print(embed(t).shape, mlp(embed(t)).shape)
print(sum(p.numel() for p in mlp.parameters()))
print(embed(torch.tensor([0]))[0, 4:])
