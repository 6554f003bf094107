# Q: GAN-style training: "Trying to backward through the graph a second time" unless I detach the fake batch.
import torch
from torch import nn

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 2))
D = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
optG = torch.optim.SGD(G.parameters(), lr=0.05)
optD = torch.optim.SGD(D.parameters(), lr=0.05)
bce = nn.BCEWithLogitsLoss()
real = torch.randn(8, 2) + 3
z = torch.randn(8, 2)
fake = G(z)
lossD = bce(D(real), torch.ones(8, 1)) + bce(D(fake), torch.zeros(8, 1))
lossD.backward()
lossG = bce(D(fake), torch.ones(8, 1))
try:
    lossG.backward()
    print("second backward ok", G[0].weight.grad is not None)
except RuntimeError as e:
    print("RuntimeError:", e)
lossD2 = bce(D(fake), torch.zeros(8, 1))
try:
    lossD2.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
for step in range(3):
    fake = G(torch.randn(8, 2))
    optD.zero_grad()
    lossD = bce(D(real), torch.ones(8, 1)) + bce(D(fake.detach()), torch.zeros(8, 1))
    lossD.backward()
    optD.step()
    optG.zero_grad()
    lossG = bce(D(fake), torch.ones(8, 1))
    lossG.backward()
    optG.step()
    print(step, f"{lossD.item():.4f} {lossG.item():.4f}")
