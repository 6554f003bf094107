# forward diffusion q(x_t | x_0) with a fixed seed
import torch

torch.manual_seed(15)
T = 20
betas = torch.linspace(1e-4, 0.2, T)
ac = torch.cumprod(1 - betas, 0)
x0 = torch.tensor([[1.0, -1.0], [0.5, 0.5]])
t = torch.tensor([0, 19])
noise = torch.randn_like(x0)
a = ac[t].view(-1, 1)
xt = a.sqrt() * x0 + (1 - a).sqrt() * noise
print(noise)
print(xt)
print(ac[t])
