# VAE shape: encoder to mu/logvar, reparameterisation with randn_like, BCE (sum) plus KL divergence.
import torch
import torch.nn as nn
import torch.nn.functional as F


class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(10, 6)
        self.fc21 = nn.Linear(6, 2)
        self.fc22 = nn.Linear(6, 2)
        self.fc3 = nn.Linear(2, 10)

    def forward(self, x):
        h1 = F.relu(self.fc1(x))
        mu, logvar = self.fc21(h1), self.fc22(h1)
        std = torch.exp(0.5 * logvar)
        z = mu + torch.randn_like(std) * std
        return torch.sigmoid(self.fc3(z)), mu, logvar


torch.manual_seed(1461)
model = VAE()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
data = torch.rand(8, 10)
for epoch in range(3):
    recon, mu, logvar = model(data)
    BCE = F.binary_cross_entropy(recon, data, reduction='sum')
    KLD = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    loss = BCE + KLD
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print('epoch {} loss {:.4f} BCE {:.4f} KLD {:.6f}'.format(epoch, loss.item() / len(data), BCE.item(), KLD.item()))
print(mu[0], logvar.grad_fn)
