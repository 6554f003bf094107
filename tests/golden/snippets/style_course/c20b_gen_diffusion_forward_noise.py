# DDPM forward process: q(x_t | x_0) in closed form
import torch

torch.manual_seed(10)
T = 10
betas = torch.linspace(1e-4, 0.2, T)
alphas = 1 - betas
alpha_bar = torch.cumprod(alphas, dim=0)
print(alpha_bar)
x0 = torch.tensor([[1.0, -1.0, 0.5]])
t = torch.tensor([0, 4, 9])
noise = torch.randn(3, 3)
xt = alpha_bar[t].sqrt().unsqueeze(1) * x0 + (1 - alpha_bar[t]).sqrt().unsqueeze(1) * noise
print(xt)
