# 1-D GAN learning N(3, 1): a few epochs
import torch
import torch.nn as nn

torch.manual_seed(5)
G = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
D = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1), nn.Sigmoid())
opt_g = torch.optim.SGD(G.parameters(), lr=0.05)
opt_d = torch.optim.SGD(D.parameters(), lr=0.05)
loss_fn = nn.BCELoss()
for it in range(6):
    x = 3 + torch.randn(32, 1)
    z = torch.randn(32, 1)
    opt_d.zero_grad()
    ld = loss_fn(D(x), torch.ones(32, 1)) + loss_fn(D(G(z).detach()), torch.zeros(32, 1))
    ld.backward()
    opt_d.step()
    opt_g.zero_grad()
    lg = loss_fn(D(G(z)), torch.ones(32, 1))
    lg.backward()
    opt_g.step()
    print(it, f"{ld.item():.4f}", f"{lg.item():.4f}", f"{G(z).mean().item():.3f}")
