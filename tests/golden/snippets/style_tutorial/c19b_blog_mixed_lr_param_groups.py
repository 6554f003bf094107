# Different learning rates for different layers (param groups)
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
opt = torch.optim.SGD([
    {"params": model[0].parameters(), "lr": 1e-3},
    {"params": model[2].parameters()},
], lr=1e-1, momentum=0.9)
for i, g in enumerate(opt.param_groups):
    print(i, g["lr"], g["momentum"], len(g["params"]))
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.1)
opt.step(); sched.step()
print([g["lr"] for g in opt.param_groups])
print(sched.get_last_lr())
