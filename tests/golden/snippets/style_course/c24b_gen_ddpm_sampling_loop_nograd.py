# a reverse sampling loop under torch.no_grad with a dummy noise predictor
import torch

torch.manual_seed(19)
T = 5
betas = torch.linspace(0.05, 0.3, T)
alphas = 1 - betas
ac = torch.cumprod(alphas, 0)
eps_model = lambda x, t: 0.1 * x
x = torch.randn(2, 3)
with torch.no_grad():
    for t in reversed(range(T)):
        eps = eps_model(x, t)
        mean = (x - betas[t] / (1 - ac[t]).sqrt() * eps) / alphas[t].sqrt()
        x = mean + (betas[t].sqrt() * torch.randn_like(x) if t > 0 else 0)
        print(t, x.norm().round(decimals=3).item())
print(x.requires_grad)
