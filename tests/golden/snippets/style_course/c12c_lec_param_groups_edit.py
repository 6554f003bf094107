# Lecture: editing param_groups on the fly (lr per group).
import torch

torch.manual_seed(1)
net = torch.nn.Sequential(torch.nn.Linear(3, 3), torch.nn.ReLU(), torch.nn.Linear(3, 1))
opt = torch.optim.SGD([
    {"params": net[0].parameters()},
    {"params": net[2].parameters(), "lr": 0.5, "momentum": 0.5},
], lr=0.01)
for i, g in enumerate(opt.param_groups):
    print(i, g["lr"], g["momentum"], g["weight_decay"], len(g["params"]))
for g in opt.param_groups:
    g["lr"] *= 0.1
print([g["lr"] for g in opt.param_groups])
extra = torch.nn.Parameter(torch.ones(2))
opt.add_param_group({"params": [extra], "lr": 1.0})
print(len(opt.param_groups), opt.param_groups[2]["momentum"], opt.param_groups[2]["lr"])
x = torch.randn(5, 3)
loss = net(x).sum() + extra.sum()
loss.backward()
opt.step()
print(extra)
print(net[2].bias)
