# Lecture: two schedulers multiplying at once with ChainedScheduler.
import torch
from torch.optim.lr_scheduler import ChainedScheduler, ExponentialLR, StepLR

p = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([p], lr=1.0)
s = ChainedScheduler([ExponentialLR(opt, gamma=0.9), StepLR(opt, step_size=2, gamma=0.5)])
for i in range(6):
    opt.step()
    s.step()
    print(i, opt.param_groups[0]["lr"], s.get_last_lr())
