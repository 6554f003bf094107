# Q: different learning rates per layer: param groups, add_param_group, and printing the optimizer.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.SGD([{"params": model[0].parameters(), "lr": 0.01},
                       {"params": model[2].parameters()}], lr=0.1, momentum=0.9)
print(opt)
print([g["lr"] for g in opt.param_groups], [len(g["params"]) for g in opt.param_groups])
extra = nn.Parameter(torch.ones(2))
opt.add_param_group({"params": [extra], "lr": 1.0, "momentum": 0.0})
print(len(opt.param_groups), opt.param_groups[2]["momentum"], opt.param_groups[2]["weight_decay"])
try:
    opt.add_param_group({"params": model[0].weight})
except ValueError as e:
    print("ValueError:", e)
loss = model(torch.randn(5, 3)).sum() + extra.sum()
loss.backward()
opt.step()
print(extra, model[2].bias)
print(sorted(opt.state_dict()["state"].keys()), opt.state_dict()["param_groups"][1]["params"])
