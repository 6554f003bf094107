# KL annealing schedule for a beta-VAE
import torch

torch.manual_seed(24)
mu = torch.randn(3, 2, requires_grad=True)
logvar = torch.randn(3, 2, requires_grad=True)
kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(1).mean()
for epoch in [0, 2, 5, 10]:
    beta = min(1.0, epoch / 5) * 4.0
    print(epoch, beta, round((beta * kl).item(), 4))
(4.0 * kl).backward()
print(mu.grad)
print(logvar.grad)
