# A tiny VAE forward pass: encoder -> (mu, logvar) -> z -> decoder; loss pieces
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(16)
class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(6, 4)
        self.dec = nn.Linear(2, 6)
    def forward(self, x):
        mu, logvar = self.enc(x).chunk(2, dim=-1)
        z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
        return torch.sigmoid(self.dec(z)), mu, logvar

vae = VAE()
x = torch.rand(3, 6).round()
recon, mu, logvar = vae(x)
bce = F.binary_cross_entropy(recon, x, reduction="sum")
kld = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum()
(bce + kld).backward()
print(x)
print(recon.shape, mu.shape, logvar.shape)
print(round(bce.item(), 2), round(kld.item(), 3))
print(vae.enc.weight.grad.shape)
