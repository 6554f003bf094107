# CyclicLR and OneCycleLR: the learning rate (and momentum) at each step.
import torch

p = [torch.nn.Parameter(torch.zeros(1))]
opt = torch.optim.SGD(p, lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=3, mode="triangular2")
lrs = []
for _ in range(12):
    opt.step()
    sched.step()
    lrs.append(round(sched.get_last_lr()[0], 6))
print(lrs)
print(opt.param_groups[0]["momentum"])
opt = torch.optim.SGD(p, lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1.0, total_steps=10, pct_start=0.3)
for step in range(10):
    g = opt.param_groups[0]
    print(step, f"{g['lr']:.6f}", f"{g['momentum']:.6f}")
    opt.step()
    sched.step()
opt = torch.optim.Adam(p, lr=0.1)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.5, epochs=2, steps_per_epoch=3, anneal_strategy="linear")
out = []
for _ in range(6):
    out.append((round(opt.param_groups[0]["lr"], 6), opt.param_groups[0]["betas"]))
    opt.step()
    sched.step()
print(out)
