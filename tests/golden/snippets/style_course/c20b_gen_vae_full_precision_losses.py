# VAE epochs printing the full-precision loss (as many notebooks do)
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(110)
X = torch.rand(32, 10)
enc = nn.Sequential(nn.Linear(10, 16), nn.ReLU(), nn.Linear(16, 4))
dec = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 10))
opt = torch.optim.Adam([*enc.parameters(), *dec.parameters()], lr=1e-2)
for epoch in range(4):
    mu, logvar = enc(X).chunk(2, 1)
    z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
    recon = F.mse_loss(dec(z), X, reduction="sum")
    kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    loss = (recon + kl) / len(X)
    opt.zero_grad(); loss.backward(); opt.step()
    print(epoch, loss.item())
