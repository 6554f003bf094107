# Langevin dynamics sampling from an energy E(x) = x^4/4 - x^2
import torch

torch.manual_seed(28)
x = torch.randn(5)
step = 0.05
for k in range(4):
    x = x.detach().requires_grad_(True)
    energy = (x ** 4 / 4 - x ** 2).sum()
    grad, = torch.autograd.grad(energy, x)
    x = x - step * grad + (2 * step) ** 0.5 * torch.randn_like(x)
    print(k, x.detach())
