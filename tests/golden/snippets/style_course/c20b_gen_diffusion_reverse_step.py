# one reverse (sampling) step x_t -> x_{t-1}
import torch

torch.manual_seed(12)
T = 5
betas = torch.tensor([0.01, 0.02, 0.05, 0.1, 0.2])
alphas = 1.0 - betas
alpha_bar = alphas.cumprod(0)
xt = torch.randn(2, 3)
eps_hat = torch.full((2, 3), 0.1)
t = 4
mean = (xt - betas[t] / torch.sqrt(1 - alpha_bar[t]) * eps_hat) / torch.sqrt(alphas[t])
var = betas[t] * (1 - alpha_bar[t - 1]) / (1 - alpha_bar[t])
x_prev = mean + var.sqrt() * torch.randn_like(xt)
print(mean)
print(var)
print(x_prev)
