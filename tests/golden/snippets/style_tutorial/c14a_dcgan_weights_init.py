# GAN tutorial shape: one discriminator update on real and fake batches (label smoothing 0.9) and one generator
# update through BCEWithLogitsLoss, with Adam betas (0.5, 0.999).
import torch
import torch.nn as nn

torch.manual_seed(1436)
G = nn.Sequential(nn.Linear(4, 16), nn.LeakyReLU(0.2), nn.Linear(16, 6), nn.Tanh())
D = nn.Sequential(nn.Linear(6, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
criterion = nn.BCEWithLogitsLoss()
real = torch.rand(8, 6) * 2 - 1
for step in range(3):
    z = torch.randn(8, 4)
    fake = G(z).clamp(-0.99, 0.99)
    d_loss = criterion(D(real), torch.full((8, 1), 0.9)) + criterion(D(fake.detach()), torch.zeros(8, 1))
    D.zero_grad()
    d_loss.backward()
    opt_d.step()
    g_loss = criterion(D(fake), torch.ones(8, 1))
    G.zero_grad()
    D.zero_grad()
    g_loss.backward()
    opt_g.step()
    print(step, d_loss.item(), g_loss.item())
print(torch.sigmoid(D(fake[:2])).squeeze(1), fake.grad_fn)
