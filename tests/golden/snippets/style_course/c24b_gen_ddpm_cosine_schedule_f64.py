# cosine noise schedule in float64, betas clipped at 0.999
import math
import torch

T, s = 8, 0.008
steps = torch.linspace(0, T, T + 1, dtype=torch.float64)
f = torch.cos(((steps / T) + s) / (1 + s) * math.pi * 0.5) ** 2
alphas_cumprod = f / f[0]
betas = 1 - alphas_cumprod[1:] / alphas_cumprod[:-1]
print(alphas_cumprod.round(decimals=5))
print(torch.clip(betas, 0, 0.999).round(decimals=5))
print(betas.dtype, betas.shape)
print(bool((betas[1:] >= betas[:-1]).all()))
