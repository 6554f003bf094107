import torch
from torch.optim.lr_scheduler import CosineAnnealingWarmRestarts

w = torch.nn.Parameter(torch.ones(1))
opt = torch.optim.SGD([w], lr=0.1)
sched = CosineAnnealingWarmRestarts(opt, T_0=4, T_mult=2, eta_min=0.001)
lrs = []
for epoch in range(14):
    lrs.append(opt.param_groups[0]["lr"])
    opt.step()
    sched.step()
for i, lr in enumerate(lrs):
    bar = "#" * int(lr * 200)
    print(f"{i:2d} {lr:.6f} {bar}")
print("T_i now:", sched.T_i, "T_cur:", sched.T_cur)
