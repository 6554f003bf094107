# Soft target update (polyak averaging) under no_grad
import torch
import torch.nn as nn

torch.manual_seed(6)
online = nn.Linear(2, 2)
target = nn.Linear(2, 2)
target.load_state_dict(online.state_dict())
with torch.no_grad():
    online.weight.add_(1.0)
tau = 0.1
with torch.no_grad():
    for p, tp in zip(online.parameters(), target.parameters()):
        tp.mul_(1 - tau).add_(p, alpha=tau)
print(target.weight - (online.weight - 0.9))
print(target.weight.requires_grad, target.weight.grad_fn)
try:
    for p, tp in zip(online.parameters(), target.parameters()):
        tp.mul_(0.5)
except RuntimeError as e:
    print(e)
