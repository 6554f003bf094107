# A variational autoencoder's ELBO on synthetic binary vectors: reparameterised Normal samples and analytic KL.
import torch
from torch import nn
from torch.distributions import Normal, kl_divergence

torch.manual_seed(0)
data = (torch.rand(32, 8) > 0.5).float()

class VAE(nn.Module):
    def __init__(self, d=8, z=2, h=16):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(d, h), nn.Tanh(), nn.Linear(h, 2 * z))
        self.dec = nn.Sequential(nn.Linear(z, h), nn.Tanh(), nn.Linear(h, d))

    def forward(self, x):
        mu, log_var = self.enc(x).chunk(2, dim=-1)
        q = Normal(mu, torch.exp(0.5 * log_var))
        zs = q.rsample()
        logits = self.dec(zs)
        rec = nn.functional.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(-1)
        kl = kl_divergence(q, Normal(torch.zeros_like(mu), torch.ones_like(mu))).sum(-1)
        manual_kl = (-0.5 * (1 + log_var - mu ** 2 - log_var.exp())).sum(-1)
        return rec, kl, manual_kl

vae = VAE()
opt = torch.optim.Adam(vae.parameters(), lr=1e-2)
for step in range(5):
    opt.zero_grad()
    rec, kl, manual_kl = vae(data)
    loss = (rec + kl).mean()
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.5f} rec {rec.mean().item():.5f} kl {kl.mean().item():.5f}",
          torch.allclose(kl, manual_kl, atol=1e-5))
