# WGAN critic with weight clipping
import torch
import torch.nn as nn

torch.manual_seed(6)
critic = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.RMSprop(critic.parameters(), lr=5e-3)
real = torch.randn(8, 2) + torch.tensor([1.0, -1.0])
fake = torch.randn(8, 2)
for _ in range(3):
    loss = critic(fake).mean() - critic(real).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    for p in critic.parameters():
        p.data.clamp_(-0.05, 0.05)
    print(round(loss.item(), 5))
print(critic[0].weight.abs().max())
