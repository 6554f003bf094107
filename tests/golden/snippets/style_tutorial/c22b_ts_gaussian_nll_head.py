import torch
import torch.nn as nn

torch.manual_seed(18)
backbone = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
mu_head, logvar_head = nn.Linear(8, 1), nn.Linear(8, 1)
x = torch.randn(10, 4)
y = torch.randn(10, 1) * 0.5
feat = backbone(x)
mu, log_var = mu_head(feat), logvar_head(feat).clamp(-5, 5)
builtin = nn.GaussianNLLLoss(full=True)(mu, y, log_var.exp())
by_hand = (0.5 * (log_var + (y - mu) ** 2 / log_var.exp()) + 0.5 * torch.log(torch.tensor(2 * torch.pi))).mean()
print(f"{builtin.item():.5f} {by_hand.item():.5f}")
builtin.backward()
print(logvar_head.bias.grad, mu_head.bias.grad)
