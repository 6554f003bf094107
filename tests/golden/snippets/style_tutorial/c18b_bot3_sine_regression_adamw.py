"""Fit sin(x) with a small MLP and AdamW, printing the loss at full precision."""
import math

import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.linspace(-math.pi, math.pi, 64).unsqueeze(1)
y = torch.sin(x)
model = nn.Sequential(nn.Linear(1, 16), nn.SiLU(), nn.Linear(16, 16), nn.SiLU(), nn.Linear(16, 1))
opt = torch.optim.AdamW(model.parameters(), lr=0.01, weight_decay=0.01)
for step in range(60):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    if step % 15 == 0:
        print(step, loss.item())
print("final:", loss.item())
