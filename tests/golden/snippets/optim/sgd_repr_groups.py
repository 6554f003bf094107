import torch
from torch import nn, optim

model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
opt = optim.SGD(model.parameters(), lr=0.1)
print(opt)
print(len(opt.param_groups), len(opt.param_groups[0]["params"]), opt.param_groups[0]["lr"])
opt2 = optim.SGD([{"params": model[0].parameters()}, {"params": model[2].parameters(), "lr": 0.01}],
                 lr=0.1, momentum=0.9)
print(opt2)
opt2.param_groups[0]["lr"] = 0.05
print([g["lr"] for g in opt2.param_groups])
