# training objective: MSE between predicted and true noise
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(18)
model = nn.Sequential(nn.Linear(3, 16), nn.SiLU(), nn.Linear(16, 2))
print(model)
x0 = torch.randn(4, 2)
t = torch.randint(0, 10, (4,))
ac = torch.cumprod(1 - torch.linspace(1e-3, 0.1, 10), 0)
noise = torch.randn_like(x0)
xt = ac[t].sqrt()[:, None] * x0 + (1 - ac[t]).sqrt()[:, None] * noise
inp = torch.cat([xt, (t.float() / 10)[:, None]], dim=1)
loss = F.mse_loss(model(inp), noise)
loss.backward()
print(f"{loss.item():.4f}", loss.grad_fn.name())
print([p.grad.shape for p in model.parameters()])
