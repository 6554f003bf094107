# GAN on 2-d points from a circle; track what D says about real and fake points
import math
import torch
from torch import nn

torch.manual_seed(101)
def real_batch(n):
    angle = torch.rand(n) * 2 * math.pi
    return torch.stack([angle.cos(), angle.sin()], dim=1) * 2

G = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
D = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
bce = nn.BCEWithLogitsLoss()
opt_G = torch.optim.Adam(G.parameters(), lr=2e-3)
opt_D = torch.optim.Adam(D.parameters(), lr=2e-3)
for it in range(5):
    real, fake = real_batch(32), G(torch.randn(32, 2))
    lossD = bce(D(real), torch.ones(32, 1)) + bce(D(fake.detach()), torch.zeros(32, 1))
    opt_D.zero_grad(); lossD.backward(); opt_D.step()
    lossG = bce(D(fake), torch.ones(32, 1))
    opt_G.zero_grad(); lossG.backward(); opt_G.step()
    with torch.no_grad():
        d_real, d_fake = torch.sigmoid(D(real)).mean(), torch.sigmoid(D(fake)).mean()
    print(f"{it} lossD={lossD.item():.3f} lossG={lossG.item():.3f} D(x)={d_real:.3f} D(G(z))={d_fake:.3f}")
