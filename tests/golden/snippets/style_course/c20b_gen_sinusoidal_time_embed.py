# sinusoidal timestep embedding used by diffusion U-Nets
import math
import torch

def timestep_embedding(t, dim):
    half = dim // 2
    freqs = torch.exp(-math.log(10000) * torch.arange(half, dtype=torch.float32) / half)
    args = t[:, None].float() * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)

emb = timestep_embedding(torch.tensor([0, 1, 10, 100]), 6)
print(emb.shape)
print(emb)
