# tiny GAN: one discriminator step and one generator step
import torch
import torch.nn as nn

torch.manual_seed(4)
G = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
D = nn.Sequential(nn.Linear(1, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
bce = nn.BCEWithLogitsLoss()
optG = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.999))
optD = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.999))
real = torch.randn(16, 1) * 0.5 + 2.0
fake = G(torch.randn(16, 2))
d_loss = bce(D(real), torch.ones(16, 1)) + bce(D(fake.detach()), torch.zeros(16, 1))
optD.zero_grad(); d_loss.backward(); optD.step()
g_loss = bce(D(fake), torch.ones(16, 1))
optG.zero_grad(); g_loss.backward(); optG.step()
print(f"D {d_loss.item():.4f}  G {g_loss.item():.4f}")
print(G[0].weight.grad.abs().sum() > 0, D[0].weight.grad.shape)
