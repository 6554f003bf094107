# A small VAE: encoder gives mu and logvar, reparameterize, BCE (sum) + KL terms
import torch
from torch import nn
import torch.nn.functional as F

class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(8, 6)
        self.fc_mu = nn.Linear(6, 2)
        self.fc_logvar = nn.Linear(6, 2)
        self.fc_dec = nn.Linear(2, 8)

    def forward(self, x):
        h = F.relu(self.fc1(x))
        mu, logvar = self.fc_mu(h), self.fc_logvar(h)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        return torch.sigmoid(self.fc_dec(z)), mu, logvar

torch.manual_seed(77)
x = (torch.rand(16, 8) > 0.5).float()
model = VAE()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(4):
    recon, mu, logvar = model(x)
    bce = F.binary_cross_entropy(recon, x, reduction="sum")
    kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    loss = bce + kld
    opt.zero_grad(); loss.backward(); opt.step()
    print(f"epoch {epoch}: loss {loss.item() / len(x):.4f} (bce {bce.item():.3f}, kld {kld.item():.3f})")
