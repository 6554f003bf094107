# tiny VAE: encoder outputs mu/logvar, decoder with BCE reconstruction
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(35)
enc = nn.Linear(6, 4)
dec = nn.Linear(2, 6)
x = torch.rand(3, 6)
h = enc(x)
mu, logvar = h.chunk(2, dim=1)
z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
recon = torch.sigmoid(dec(z))
bce = F.binary_cross_entropy(recon, x, reduction="sum")
kld = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum()
(bce + kld).backward()
print(bce.item(), kld.item())
print(enc.bias.grad)
