# beta-VAE: weight the KL term; per-dimension KL shows which latents are used
import torch

mu = torch.tensor([[0.0, 1.5, 0.01], [0.1, -1.2, 0.0]])
logvar = torch.tensor([[0.0, -2.0, 0.0], [0.01, -1.8, -0.01]])
kl_per_dim = 0.5 * (mu ** 2 + logvar.exp() - 1 - logvar)
print(kl_per_dim.mean(0))
active = kl_per_dim.mean(0) > 0.01
print(active, active.sum().item())
recon = torch.tensor(30.0)
for beta in (1.0, 4.0):
    print(beta, round((recon + beta * kl_per_dim.sum(1).mean()).item(), 4))
