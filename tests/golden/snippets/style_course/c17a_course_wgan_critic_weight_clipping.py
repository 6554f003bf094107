# WGAN-style critic: RMSprop, several critic steps, weights clamped after each
import torch
import torch.nn as nn

torch.manual_seed(55)
critic = nn.Sequential(nn.Linear(1, 8), nn.ReLU(), nn.Linear(8, 1))
gen = nn.Linear(1, 1)
opt_c = torch.optim.RMSprop(critic.parameters(), lr=5e-3)
opt_g = torch.optim.RMSprop(gen.parameters(), lr=5e-3)
for it in range(3):
    for _ in range(3):
        real = torch.randn(8, 1) + 3
        fake = gen(torch.randn(8, 1)).detach()
        loss_c = -(critic(real).mean() - critic(fake).mean())
        opt_c.zero_grad(); loss_c.backward(); opt_c.step()
        for p in critic.parameters():
            p.data.clamp_(-0.05, 0.05)
    loss_g = -critic(gen(torch.randn(8, 1))).mean()
    opt_g.zero_grad(); loss_g.backward(); opt_g.step()
    print(it, f"{loss_c.item():+.5f}", f"{loss_g.item():+.5f}")
print(max(p.abs().max().item() for p in critic.parameters()) <= 0.05)
print(gen.weight.data, gen.bias.data)
