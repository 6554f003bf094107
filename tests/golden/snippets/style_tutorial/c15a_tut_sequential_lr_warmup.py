# Schedulers: linear warm-up then exponential decay with SequentialLR, and OneCycleLR's first steps
import torch
from torch.optim.lr_scheduler import LinearLR, ExponentialLR, SequentialLR, OneCycleLR

param = torch.nn.Parameter(torch.ones(3))
opt = torch.optim.SGD([param], lr=0.2)
warm = LinearLR(opt, start_factor=0.25, total_iters=3)
decay = ExponentialLR(opt, gamma=0.8)
sched = SequentialLR(opt, schedulers=[warm, decay], milestones=[3])
for epoch in range(7):
    opt.step()
    sched.step()
    print(epoch, round(opt.param_groups[0]["lr"], 8), sched.get_last_lr())
opt2 = torch.optim.SGD([param], lr=0.1, momentum=0.9)
cyc = OneCycleLR(opt2, max_lr=1.0, total_steps=10)
seen = []
for _ in range(10):
    opt2.step()
    seen.append((round(opt2.param_groups[0]["lr"], 6), round(opt2.param_groups[0]["momentum"], 6)))
    cyc.step()
print(seen)
