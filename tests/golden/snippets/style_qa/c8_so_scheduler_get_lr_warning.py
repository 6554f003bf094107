# Q: scheduler.get_lr() prints a strange value and a warning; get_last_lr() is what I want.
import torch
import torch.nn as nn

model = nn.Linear(2, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.5)
for epoch in range(3):
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr(), sched.get_lr())
cos = torch.optim.lr_scheduler.CosineAnnealingLR(torch.optim.SGD(model.parameters(), lr=1.0), T_max=4)
lrs = []
for _ in range(6):
    cos.optimizer.step()
    lrs.append(round(cos.get_last_lr()[0], 4))
    cos.step()
print(lrs)
lam = torch.optim.lr_scheduler.LambdaLR(torch.optim.SGD(model.parameters(), lr=0.2), lambda e: 1 / (e + 1))
for _ in range(3):
    lam.optimizer.step()
    lam.step()
print(lam.get_last_lr(), lam.last_epoch)
print(type(sched).__name__, sched.base_lrs)
