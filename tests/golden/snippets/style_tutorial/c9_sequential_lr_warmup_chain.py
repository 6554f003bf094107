# Warmup then decay: SequentialLR(LinearLR, ExponentialLR), and ChainedScheduler for comparison.
import torch
from torch.optim.lr_scheduler import ChainedScheduler, ConstantLR, ExponentialLR, LinearLR, SequentialLR

param = [torch.nn.Parameter(torch.zeros(1))]
opt = torch.optim.SGD(param, lr=1.0)
warmup = LinearLR(opt, start_factor=0.25, total_iters=4)
decay = ExponentialLR(opt, gamma=0.8)
sched = SequentialLR(opt, schedulers=[warmup, decay], milestones=[4])
lrs = []
for epoch in range(10):
    opt.step()
    lrs.append(round(sched.get_last_lr()[0], 6))
    sched.step()
print(lrs)

opt2 = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
chain = ChainedScheduler([ConstantLR(opt2, factor=0.5, total_iters=3), ExponentialLR(opt2, gamma=0.9)])
out = []
for epoch in range(6):
    opt2.step()
    out.append(round(opt2.param_groups[0]["lr"], 6))
    chain.step()
print(out)
opt3 = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
mult = torch.optim.lr_scheduler.MultiplicativeLR(opt3, lr_lambda=lambda e: 0.5 if e % 2 else 1.0)
for _ in range(5):
    opt3.step()
    mult.step()
    print(mult.last_epoch, mult.get_last_lr())
