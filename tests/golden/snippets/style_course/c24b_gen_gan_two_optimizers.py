# two optimizers, one per network, as course notebooks set them up
import torch
import torch.nn as nn

torch.manual_seed(1)
G = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
print(opt_g)
print(len(opt_d.param_groups[0]["params"]))
print(opt_d.param_groups[0]["betas"], opt_d.defaults["lr"])
print(G)
print(D[1])
