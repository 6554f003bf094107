# GAN on 2-D points, printing raw loss values
import torch
import torch.nn as nn

torch.manual_seed(111)
G = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
D = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
oG = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
oD = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
crit = nn.BCEWithLogitsLoss()
for step in range(3):
    real = torch.randn(64, 2) * 0.3 + torch.tensor([2.0, -1.0])
    fake = G(torch.randn(64, 4))
    lossD = crit(D(real), torch.ones(64, 1)) + crit(D(fake.detach()), torch.zeros(64, 1))
    oD.zero_grad(); lossD.backward(); oD.step()
    lossG = crit(D(fake), torch.ones(64, 1))
    oG.zero_grad(); lossG.backward(); oG.step()
    print(step, lossD.item(), lossG.item())
