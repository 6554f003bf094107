# Q: how do I print the current learning rate? get_last_lr() vs optimizer.param_groups, and scheduler.step order.
import torch
from torch import nn
from torch.optim.lr_scheduler import StepLR, ExponentialLR, CosineAnnealingLR

model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
sched = StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(6):
    opt.step()
    print(epoch, sched.get_last_lr(), opt.param_groups[0]["lr"])
    sched.step()
opt2 = torch.optim.Adam(model.parameters(), lr=1.0)
e = ExponentialLR(opt2, gamma=0.9)
for _ in range(3):
    opt2.step()
    e.step()
print(e.get_last_lr(), round(opt2.param_groups[0]["lr"], 6))
opt3 = torch.optim.SGD(model.parameters(), lr=0.05)
c = CosineAnnealingLR(opt3, T_max=4, eta_min=0.001)
lrs = []
for _ in range(8):
    opt3.step()
    c.step()
    lrs.append(round(c.get_last_lr()[0], 6))
print(lrs)
print(type(sched).__name__, sched.last_epoch, sched.base_lrs)
