"""Keeping an exponential moving average (EMA) copy of the weights."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
ema = copy.deepcopy(model)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
decay = 0.9
for step in range(3):
    opt.zero_grad()
    model(torch.randn(4, 2)).pow(2).mean().backward()
    opt.step()
    with torch.no_grad():
        for p_ema, p in zip(ema.parameters(), model.parameters()):
            p_ema.mul_(decay).add_(p, alpha=1 - decay)
print("model:", model.weight.data)
print("ema:  ", ema.weight.data)
