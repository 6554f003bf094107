# a small VAE module: encoder to mu/logvar, decoder with sigmoid
import torch
import torch.nn as nn
import torch.nn.functional as F

class TinyVAE(nn.Module):
    def __init__(self, d=6, h=4, z=2):
        super().__init__()
        self.encoder = nn.Linear(d, h)
        self.fc_mu = nn.Linear(h, z)
        self.fc_lv = nn.Linear(h, z)
        self.dec = nn.Sequential(nn.Linear(z, h), nn.ReLU(), nn.Linear(h, d), nn.Sigmoid())

    def forward(self, x):
        hidden = F.relu(self.encoder(x))
        mu, logvar = self.fc_mu(hidden), self.fc_lv(hidden)
        code = mu + torch.randn_like(logvar) * torch.exp(logvar / 2)
        return self.dec(code), mu, logvar

torch.manual_seed(10)
model = TinyVAE()
print(model)
recon, mu, logvar = model(torch.rand(3, 6))
print([tuple(t.shape) for t in (recon, mu, logvar)])
print(recon.grad_fn.name(), bool(((recon > 0) & (recon < 1)).all()))
