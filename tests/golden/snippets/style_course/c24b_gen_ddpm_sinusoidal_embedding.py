# transformer-style sinusoidal embedding of diffusion timesteps (sin first)
import math
import torch

def sinusoidal(steps, dim, max_period=10000.0):
    k = torch.arange(0, dim, 2, dtype=torch.float32)
    inv = 1.0 / (max_period ** (k / dim))
    ang = steps.float().unsqueeze(-1) * inv
    pe = torch.zeros(steps.numel(), dim)
    pe[:, 0::2] = torch.sin(ang)
    pe[:, 1::2] = torch.cos(ang)
    return pe

pe = sinusoidal(torch.tensor([0, 1, 10]), 6)
print(pe.shape, pe.dtype)
print(pe)
print(math.isclose(pe[1, 0].item(), math.sin(1.0), rel_tol=1e-6))
