# Tracing LinearLR, ConstantLR, PolynomialLR and a ChainedScheduler over a few epochs.
import torch
from torch.optim import lr_scheduler

def trace(make, epochs=6):
    p = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=0.1)
    sched = make(opt)
    lrs = []
    for _ in range(epochs):
        opt.step()
        lrs.append(round(sched.get_last_lr()[0], 6))
        sched.step()
    return lrs

print(trace(lambda o: lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=4)))
print(trace(lambda o: lr_scheduler.ConstantLR(o, factor=0.5, total_iters=3)))
print(trace(lambda o: lr_scheduler.PolynomialLR(o, total_iters=4, power=2.0)))
print(trace(lambda o: lr_scheduler.ChainedScheduler([lr_scheduler.ConstantLR(o, factor=0.1, total_iters=2),
                                                    lr_scheduler.ExponentialLR(o, gamma=0.9)])))
p = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([p], lr=1.0)
s = lr_scheduler.LinearLR(opt, start_factor=0.5, end_factor=1.0, total_iters=2)
print(opt.param_groups[0]["lr"], opt.param_groups[0]["initial_lr"])
print(s.state_dict())
print(type(s).__name__, s.last_epoch)
