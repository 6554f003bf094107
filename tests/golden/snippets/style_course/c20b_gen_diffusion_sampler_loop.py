# a full (tiny) DDPM sampling loop with an untrained network
import torch
import torch.nn as nn

torch.manual_seed(115)
T = 6
betas = torch.linspace(1e-3, 0.2, T)
alphas = 1 - betas
abar = torch.cumprod(alphas, 0)
net = nn.Sequential(nn.Linear(3, 16), nn.SiLU(), nn.Linear(16, 2))
x = torch.randn(4, 2)
with torch.no_grad():
    for t in reversed(range(T)):
        eps = net(torch.cat([x, torch.full((4, 1), t / T)], 1))
        x = (x - betas[t] / (1 - abar[t]).sqrt() * eps) / alphas[t].sqrt()
        if t > 0:
            x = x + betas[t].sqrt() * torch.randn_like(x)
print(x)
print(x.mean(0).tolist())
