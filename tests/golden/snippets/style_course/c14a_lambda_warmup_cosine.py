# Schedules from the course: linear warmup with LambdaLR, then CosineAnnealingLR, and OneCycleLR's first steps.
import math
import torch

w = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.AdamW([w], lr=3e-3)
warmup = 4
sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=lambda s: min(1.0, (s + 1) / warmup))
lrs = []
for step in range(6):
    opt.step()
    sched.step()
    lrs.append(opt.param_groups[0]['lr'])
print(lrs)
opt2 = torch.optim.SGD([w], lr=0.5)
cos = torch.optim.lr_scheduler.CosineAnnealingLR(opt2, T_max=5, eta_min=0.05)
for step in range(7):
    opt2.step()
    cos.step()
    print(step, cos.get_last_lr()[0], 0.05 + 0.45 * (1 + math.cos(math.pi * (step + 1) / 5)) / 2)
opt3 = torch.optim.SGD([w], lr=0.1, momentum=0.9)
one = torch.optim.lr_scheduler.OneCycleLR(opt3, max_lr=1.0, total_steps=10)
seen = []
for _ in range(5):
    opt3.step()
    one.step()
    seen.append(round(opt3.param_groups[0]['lr'], 6))
print(seen, opt3.param_groups[0]['momentum'])
