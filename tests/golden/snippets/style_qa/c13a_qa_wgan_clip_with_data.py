# Q: clipping critic weights (WGAN): p.data.clamp_ vs clamp_ under no_grad, and what each does to _version.
import torch
import torch.nn as nn

torch.manual_seed(2)
critic = nn.Sequential(nn.Linear(2, 4), nn.LeakyReLU(0.2), nn.Linear(4, 1))
opt = torch.optim.RMSprop(critic.parameters(), lr=5e-2)
real, fake = torch.randn(8, 2) + 2, torch.randn(8, 2)
for it in range(3):
    opt.zero_grad()
    loss = critic(fake).mean() - critic(real).mean()
    loss.backward()
    opt.step()
    v0 = critic[0].weight._version
    for p in critic.parameters():
        p.data.clamp_(-0.1, 0.1)
    v1 = critic[0].weight._version
    print(it, f"{loss.item():.5f}", v1 - v0, critic[0].weight.abs().max().item() <= 0.1)
with torch.no_grad():
    for p in critic.parameters():
        p.clamp_(-0.05, 0.05)
print(critic[2].weight, critic[2].weight.requires_grad, critic[2].weight.is_leaf)
try:
    critic[0].weight.clamp_(-1, 1)
except RuntimeError as e:
    print(e)
print(len(opt.state[critic[0].weight]), sorted(opt.state[critic[0].weight]))
