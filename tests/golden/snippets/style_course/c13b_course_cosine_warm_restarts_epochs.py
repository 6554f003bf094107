# Schedules lecture: CosineAnnealingWarmRestarts stepped with fractional epochs, and OneCycleLR momentum.
import torch

p = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([p], lr=0.2, momentum=0.9)
sched = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2, eta_min=0.01)
iters = 2
for epoch in range(5):
    for i in range(iters):
        opt.step()
        sched.step(epoch + i / iters)
    print(epoch, f"{opt.param_groups[0]['lr']:.8f}")
print(sched.T_cur, sched.T_i)

opt2 = torch.optim.SGD([p], lr=0.1, momentum=0.9)
one = torch.optim.lr_scheduler.OneCycleLR(opt2, max_lr=1.0, total_steps=8)
for step in range(8):
    g = opt2.param_groups[0]
    print(step, round(g["lr"], 6), round(g["momentum"], 6))
    opt2.step()
    one.step()
