# Q: different learning rates for different layers
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
opt = torch.optim.SGD([
    {"params": model[0].parameters(), "lr": 0.01},
    {"params": model[1].parameters()},
], lr=0.1, momentum=0.9)
print(opt)
print([g["lr"] for g in opt.param_groups])
try:
    torch.optim.SGD([model[0].weight, model[0].weight], lr=0.1)
except (ValueError, UserWarning) as e:
    print(type(e).__name__, e)
