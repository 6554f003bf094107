# denoising score matching loss for a small score network
import torch
import torch.nn as nn

torch.manual_seed(103)
score = nn.Sequential(nn.Linear(2, 16), nn.Softplus(), nn.Linear(16, 2))
x = torch.randn(32, 2) * 0.5 + 1.0
sigma = 0.3
noise = torch.randn_like(x) * sigma
target = -noise / sigma ** 2
loss = 0.5 * ((score(x + noise) - target) ** 2).sum(-1).mean() * sigma ** 2
loss.backward()
print(round(loss.item(), 4))
print(score[0].weight.grad.norm())
