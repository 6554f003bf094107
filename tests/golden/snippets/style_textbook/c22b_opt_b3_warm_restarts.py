import torch
from torch.optim.lr_scheduler import CosineAnnealingWarmRestarts

p = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([p], lr=1.0)
sched = CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2, eta_min=0.1)
out = []
for epoch in range(10):
    out.append(round(opt.param_groups[0]["lr"], 4))
    opt.step()
    sched.step()
print(out)
sched.step(2.5)
print(round(opt.param_groups[0]["lr"], 5), sched.T_cur, sched.T_i)
