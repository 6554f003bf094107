import torch
from torch.optim import lr_scheduler

w = torch.zeros(2, requires_grad=True)
for make in [lambda o: lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=4),
             lambda o: lr_scheduler.ConstantLR(o, factor=0.5, total_iters=2),
             lambda o: lr_scheduler.MultiplicativeLR(o, lr_lambda=lambda e: 0.9)]:
    opt = torch.optim.SGD([w], lr=0.1)
    sched = make(opt)
    lrs = [sched.get_last_lr()[0]]
    for _ in range(6):
        opt.step()
        sched.step()
        lrs.append(sched.get_last_lr()[0])
    print(type(sched).__name__, lrs)
