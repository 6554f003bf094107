# training a tiny VAE on binary patterns with BCE
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
data = (torch.rand(16, 8) > 0.5).float()
enc = nn.Linear(8, 4)   # outputs mu and logvar (2 + 2)
dec = nn.Linear(2, 8)
opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=1e-2)
for epoch in range(5):
    mu, logvar = enc(data).chunk(2, dim=1)
    std = torch.exp(0.5 * logvar)
    z = mu + std * torch.randn_like(std)
    logits = dec(z)
    bce = F.binary_cross_entropy_with_logits(logits, data, reduction="sum") / data.size(0)
    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(1)).mean()
    loss = bce + kl
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(bce.item(), 4), round(kl.item(), 4))
