# Two parameter groups with different learning rates, one of them with weight decay
import torch
from torch import nn

torch.manual_seed(1635)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
opt = torch.optim.SGD([
    {"params": model[0].parameters()},
    {"params": model[2].parameters(), "lr": 0.01, "weight_decay": 0.1},
], lr=0.1, momentum=0.5)
for g in opt.param_groups:
    print(g["lr"], g["momentum"], g["weight_decay"], len(g["params"]))
x = torch.randn(5, 2)
for _ in range(2):
    opt.zero_grad()
    model(x).pow(2).mean().backward()
    opt.step()
print(model[2].weight, model[0].bias)
opt.param_groups[1]["lr"] = 0.5
print([g["lr"] for g in opt.param_groups])
