# separate learning rates for the network and a physical parameter, with a scheduler
import torch
import torch.nn as nn

torch.manual_seed(73)
net = nn.Linear(1, 1).double()
nu = nn.Parameter(torch.tensor(0.5, dtype=torch.float64))
opt = torch.optim.Adam([{"params": net.parameters()}, {"params": [nu], "lr": 1e-2}], lr=1e-3)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(5):
    opt.zero_grad()
    (net(torch.ones(1, 1, dtype=torch.float64)) ** 2 + nu ** 2).sum().backward()
    opt.step()
    sched.step()
    print(epoch, [g["lr"] for g in opt.param_groups])
print(sched.get_last_lr())
