# CyclicLR in its three modes, stepped once per batch, with the momentum it cycles too.
import torch
from torch.optim.lr_scheduler import CyclicLR

for mode in ("triangular", "triangular2", "exp_range"):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.ones(2))], lr=0.1, momentum=0.9)
    sched = CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=3, mode=mode, gamma=0.9)
    lrs, moms = [], []
    for it in range(14):
        opt.step()
        lrs.append(round(opt.param_groups[0]["lr"], 5))
        moms.append(round(opt.param_groups[0]["momentum"], 4))
        sched.step()
    print(mode, lrs)
    print(" " * len(mode), moms)
opt = torch.optim.Adam([torch.nn.Parameter(torch.ones(2))], lr=0.1)
try:
    CyclicLR(opt, base_lr=0.01, max_lr=0.1)
except ValueError as e:
    print("ValueError:", e)
sched = CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=2, cycle_momentum=False)
for _ in range(4):
    opt.step()
    sched.step()
print(sched.get_last_lr())
