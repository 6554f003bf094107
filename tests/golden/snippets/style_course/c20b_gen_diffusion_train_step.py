# one epsilon-prediction training step of a toy diffusion model
import torch
import torch.nn as nn

torch.manual_seed(11)
T = 20
betas = torch.linspace(1e-3, 0.1, T)
alpha_bar = torch.cumprod(1 - betas, 0)
model = nn.Sequential(nn.Linear(3, 32), nn.SiLU(), nn.Linear(32, 2))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x0 = torch.randn(64, 2) * 0.5 + torch.tensor([1.0, 0.0])
for step in range(4):
    t = torch.randint(0, T, (64,))
    eps = torch.randn_like(x0)
    ab = alpha_bar[t].unsqueeze(1)
    xt = ab.sqrt() * x0 + (1 - ab).sqrt() * eps
    inp = torch.cat([xt, (t.float() / T).unsqueeze(1)], dim=1)
    loss = ((model(inp) - eps) ** 2).mean()
    opt.zero_grad(); loss.backward(); opt.step()
    print(step, f"{loss.item():.5f}")
