# One-cycle and cyclic (triangular) schedules: the learning rate over a short run.
import torch
from torch.optim import lr_scheduler

w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
one = lr_scheduler.OneCycleLR(opt, max_lr=1.0, total_steps=8)
rates = []
for _ in range(8):
    rates.append(round(opt.param_groups[0]['lr'], 6))
    opt.step()
    one.step()
print(rates)
opt2 = torch.optim.SGD([w], lr=0.1, momentum=0.9)
cyc = lr_scheduler.CyclicLR(opt2, base_lr=0.01, max_lr=0.1, step_size_up=3)
rates = []
for _ in range(8):
    rates.append(round(cyc.get_last_lr()[0], 6))
    opt2.step()
    cyc.step()
print(rates)
