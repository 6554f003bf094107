# course: learning rates of OneCycleLR, CosineAnnealingWarmRestarts and LinearLR printed step by step.
import torch

def lrs(make, steps):
    p = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=0.1, momentum=0.9)
    sched = make(opt)
    out = []
    for _ in range(steps):
        out.append(opt.param_groups[0]['lr'])
        opt.step()
        sched.step()
    return out, opt.param_groups[0].get('momentum')

print(lrs(lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=1.0, total_steps=10), 10))
print(lrs(lambda o: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=3, T_mult=2), 10))
print(lrs(lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=4), 6))
print(lrs(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9), 5))
print(lrs(lambda o: torch.optim.lr_scheduler.PolynomialLR(o, total_iters=4, power=2.0), 6))
