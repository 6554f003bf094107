# VAE assignment on binary 6-pixel patterns: Bernoulli decoder (logits), ELBO per sample, KL with 2-D latent.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(10)
patterns = torch.tensor([[1, 1, 1, 0, 0, 0], [0, 0, 0, 1, 1, 1], [1, 0, 1, 0, 1, 0]], dtype=torch.float32)
data = patterns[torch.randint(0, 3, (48,))]
enc = nn.Linear(6, 4)
dec = nn.Linear(2, 6)
opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=0.05)
for epoch in range(8):
    stats = enc(data)
    mu, log_sigma = stats[:, :2], stats[:, 2:]
    eps = torch.randn_like(mu)
    z = mu + log_sigma.exp() * eps
    rec = F.binary_cross_entropy_with_logits(dec(z), data, reduction="none").sum(1)
    kl = 0.5 * (mu.pow(2) + (2 * log_sigma).exp() - 1 - 2 * log_sigma).sum(1)
    elbo = -(rec + kl)
    opt.zero_grad()
    (-elbo.mean()).backward()
    opt.step()
    print(epoch, f"elbo {elbo.mean().item():.5f} rec {rec.mean().item():.5f} kl {kl.mean().item():.5f}")
with torch.no_grad():
    m = enc(patterns)[:, :2]
    print(m)
    print(torch.sigmoid(dec(m)).round(decimals=2))
