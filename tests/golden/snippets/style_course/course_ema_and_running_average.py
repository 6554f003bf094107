# An exponential moving average of the loss and of model weights, updated under no_grad with lerp_.
import copy

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
ema = copy.deepcopy(model)
for p in ema.parameters():
    p.requires_grad_(False)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
smooth = None
for step in range(5):
    x, y = torch.randn(8, 2), torch.randn(8, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    with torch.no_grad():
        for pe, pm in zip(ema.parameters(), model.parameters()):
            pe.lerp_(pm, 0.1)
    smooth = loss.item() if smooth is None else 0.9 * smooth + 0.1 * loss.item()
    print(step, round(smooth, 5))
print(ema.weight, model.weight)
