# CosineAnnealingWarmRestarts across epochs with fractional steps
import torch

opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
sched = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2, eta_min=0.001)
lrs = []
for epoch in range(10):
    opt.step()
    sched.step()
    lrs.append(round(opt.param_groups[0]["lr"], 6))
print(lrs)
sched.step(1.5)
print(opt.param_groups[0]["lr"])
