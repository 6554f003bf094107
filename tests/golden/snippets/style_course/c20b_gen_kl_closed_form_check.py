# checking the closed-form Gaussian KL against a Monte Carlo estimate
import torch

torch.manual_seed(3)
mu = torch.tensor([0.5, -1.0])
logvar = torch.tensor([0.2, -0.3])
std = (0.5 * logvar).exp()
kl_closed = 0.5 * (mu ** 2 + logvar.exp() - 1 - logvar).sum()
z = mu + std * torch.randn(20000, 2)
log_q = (-0.5 * ((z - mu) / std) ** 2 - std.log() - 0.5 * torch.log(torch.tensor(2 * torch.pi))).sum(1)
log_p = (-0.5 * z ** 2 - 0.5 * torch.log(torch.tensor(2 * torch.pi))).sum(1)
kl_mc = (log_q - log_p).mean()
print(kl_closed)
print(round(kl_mc.item(), 2))
