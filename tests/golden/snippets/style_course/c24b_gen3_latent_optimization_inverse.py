# GAN inversion: optimise z to match a target with a frozen generator
import torch
import torch.nn as nn

torch.manual_seed(99)
G = nn.Linear(2, 3)
G.requires_grad_(False)
target = torch.tensor([0.5, -0.5, 1.0])
z = torch.zeros(2, requires_grad=True)
opt = torch.optim.Adam([z], lr=0.1)
for _ in range(50):
    opt.zero_grad()
    loss = (G(z) - target).pow(2).sum()
    loss.backward()
    opt.step()
print(G.weight.grad, z.grad is not None)
print(loss.item() < 1.0)
