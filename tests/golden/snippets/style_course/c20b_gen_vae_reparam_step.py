# VAE from scratch: encoder -> (mu, logvar) -> reparameterize -> decoder
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
class VAE(nn.Module):
    def __init__(self, d=6, h=8, z=2):
        super().__init__()
        self.enc = nn.Linear(d, h)
        self.mu = nn.Linear(h, z)
        self.logvar = nn.Linear(h, z)
        self.dec = nn.Sequential(nn.Linear(z, h), nn.ReLU(), nn.Linear(h, d))
    def forward(self, x):
        h = F.relu(self.enc(x))
        mu, logvar = self.mu(h), self.logvar(h)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        return self.dec(z), mu, logvar

vae = VAE()
x = torch.rand(4, 6)
recon, mu, logvar = vae(x)
rec = F.mse_loss(recon, x, reduction="sum")
kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
print(f"rec {rec.item():.4f} kld {kld.item():.4f}")
(rec + kld).backward()
print(vae.logvar.weight.grad.shape, vae.mu.bias.grad)
