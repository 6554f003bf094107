# DDPM linear beta schedule, alphas and their cumulative product
import torch

T = 10
betas = torch.linspace(1e-4, 0.02, T)
print(betas)
alphas = 1.0 - betas
alphas_cumprod = torch.cumprod(alphas, dim=0)
print(alphas_cumprod)
print(alphas_cumprod.dtype, alphas_cumprod.shape)
prev = torch.cat([torch.tensor([1.0]), alphas_cumprod[:-1]])
print(prev)
print(torch.sqrt(alphas_cumprod))
print(torch.sqrt(1 - alphas_cumprod))
