# A GAN on 1-D Gaussian data: discriminator and generator steps with BCELoss and detach().
import torch
import torch.nn as nn

torch.manual_seed(0)
real_dist = lambda n: torch.randn(n, 1) * 0.5 + 3.0
G = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
D = nn.Sequential(nn.Linear(1, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1), nn.Sigmoid())
criterion = nn.BCELoss()
opt_g = torch.optim.Adam(G.parameters(), lr=2e-3, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(D.parameters(), lr=2e-3, betas=(0.5, 0.999))
batch = 32
ones, zeros = torch.ones(batch, 1), torch.zeros(batch, 1)
for step in range(1, 101):
    real = real_dist(batch)
    fake = G(torch.randn(batch, 4))
    opt_d.zero_grad()
    d_loss = criterion(D(real), ones) + criterion(D(fake.detach()), zeros)
    d_loss.backward()
    opt_d.step()
    opt_g.zero_grad()
    g_loss = criterion(D(fake), ones)
    g_loss.backward()
    opt_g.step()
    if step % 25 == 0:
        with torch.no_grad():
            samples = G(torch.randn(500, 4))
        print(f"step {step}: D {d_loss.item():.4f} G {g_loss.item():.4f} "
              f"fake mean {samples.mean().item():.3f} std {samples.std().item():.3f}")
print(fake.requires_grad, fake.detach().requires_grad, fake.grad_fn.name())
print(sum(p.grad is not None for p in D.parameters()))
