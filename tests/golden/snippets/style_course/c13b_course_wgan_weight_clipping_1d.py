# WGAN lecture: critic trained several steps per generator step with RMSprop and weight clipping (1-D data).
import torch
import torch.nn as nn

torch.manual_seed(42)
gen = nn.Sequential(nn.Linear(2, 6), nn.Tanh(), nn.Linear(6, 1))
critic = nn.Sequential(nn.Linear(1, 6), nn.Tanh(), nn.Linear(6, 1))
opt_c = torch.optim.RMSprop(critic.parameters(), lr=5e-3)
opt_g = torch.optim.RMSprop(gen.parameters(), lr=5e-3)
clip = 0.1
for it in range(5):
    for _ in range(3):
        real = torch.randn(16, 1) * 0.3 - 1.0
        noise = torch.randn(16, 2)
        w_dist = critic(real).mean() - critic(gen(noise).detach()).mean()
        opt_c.zero_grad()
        (-w_dist).backward()
        opt_c.step()
        for p in critic.parameters():
            p.data.clamp_(-clip, clip)
    g_obj = -critic(gen(torch.randn(16, 2))).mean()
    opt_g.zero_grad()
    g_obj.backward()
    opt_g.step()
    print(f"iter {it}: W estimate {w_dist.item():.6f} gen objective {g_obj.item():.6f}")
print(max(p.abs().max().item() for p in critic.parameters()) <= clip)
print(critic[0].weight.T)
