# A VAE-style step: Normal.rsample for the reparameterisation trick and the analytic KL
import torch
from torch import nn
from torch.distributions import Normal, kl_divergence

torch.manual_seed(1695)
enc = nn.Linear(4, 4)
dec = nn.Linear(2, 4)
x = torch.rand(5, 4)
opt = torch.optim.Adam([*enc.parameters(), *dec.parameters()], lr=0.01)
for step in range(3):
    mu, log_sigma = enc(x).chunk(2, dim=1)
    q = Normal(mu, log_sigma.exp())
    z = q.rsample()
    recon = torch.sigmoid(dec(z))
    kl = kl_divergence(q, Normal(torch.zeros_like(mu), torch.ones_like(mu))).sum(1).mean()
    bce = nn.functional.binary_cross_entropy(recon, x, reduction="sum") / 5
    loss = bce + kl
    opt.zero_grad(); loss.backward(); opt.step()
    print(step, bce.item(), kl.item())
print(z.grad_fn.name(), q)
