import torch
import torch.nn as nn

torch.manual_seed(2)
online = nn.Linear(3, 2)
target = nn.Linear(3, 2)
tau = 0.1
before = target.weight.clone()
with torch.no_grad():
    for tp, p in zip(target.parameters(), online.parameters()):
        tp.data.copy_(tau * p.data + (1 - tau) * tp.data)
print(before)
print(target.weight)
print((target.weight - (tau * online.weight + (1 - tau) * before)).abs().max().item() < 1e-6)
