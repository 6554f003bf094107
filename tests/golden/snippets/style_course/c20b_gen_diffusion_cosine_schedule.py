# cosine noise schedule for diffusion
import math
import torch

T = 8
s = 0.008
steps = torch.arange(T + 1, dtype=torch.float64)
f = torch.cos((steps / T + s) / (1 + s) * math.pi / 2) ** 2
alpha_bar = f / f[0]
betas = (1 - alpha_bar[1:] / alpha_bar[:-1]).clamp(max=0.999)
print(alpha_bar)
print(betas)
print(betas.dtype, betas.float())
