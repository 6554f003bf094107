# A tiny variational autoencoder: the reparameterisation trick, the KL term, and sampling from the prior.
import torch
import torch.nn as nn
import torch.nn.functional as F

class VAE(nn.Module):
    def __init__(self, d=8, h=16, z=2):
        super().__init__()
        self.fc1 = nn.Linear(d, h)
        self.fc_mu = nn.Linear(h, z)
        self.fc_logvar = nn.Linear(h, z)
        self.fc2 = nn.Linear(z, h)
        self.fc3 = nn.Linear(h, d)

    def encode(self, x):
        h = F.relu(self.fc1(x))
        return self.fc_mu(h), self.fc_logvar(h)

    def reparameterize(self, mu, logvar):
        std = torch.exp(0.5 * logvar)
        eps = torch.randn_like(std)
        return mu + eps * std

    def decode(self, z):
        return torch.sigmoid(self.fc3(F.relu(self.fc2(z))))

    def forward(self, x):
        mu, logvar = self.encode(x)
        return self.decode(self.reparameterize(mu, logvar)), mu, logvar

def loss_function(recon_x, x, mu, logvar):
    bce = F.binary_cross_entropy(recon_x, x, reduction="sum")
    kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    return bce + kld, bce, kld

torch.manual_seed(1)
data = (torch.rand(128, 8) > 0.5).float()
model = VAE()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(1, 16):
    recon, mu, logvar = model(data)
    loss, bce, kld = loss_function(recon, data, mu, logvar)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        print(f"epoch {epoch}: loss {loss.item() / len(data):.4f} (bce {bce.item():.2f}, kld {kld.item():.2f})")
with torch.no_grad():
    sample = model.decode(torch.randn(3, 2))
print(sample.round(decimals=3))
print(mu.shape, logvar.exp().mean())
