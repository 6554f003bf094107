# CosineAnnealingWarmRestarts with T_mult=2, stepped with fractional epochs
import torch

opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.5)
sched = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=2, T_mult=2, eta_min=0.05)
for epoch in range(6):
    for frac in (0.0, 0.5):
        opt.step()
        sched.step(epoch + frac)
        print(f"{epoch + frac:.1f} {sched.get_last_lr()[0]:.10f} T_cur={sched.T_cur} T_i={sched.T_i}")
