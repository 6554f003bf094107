# Lecture: schedulers with several param groups and their state_dict.
import torch
from torch.optim.lr_scheduler import LambdaLR, MultiplicativeLR, StepLR

a = torch.nn.Parameter(torch.zeros(1))
b = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([{"params": [a], "lr": 1.0}, {"params": [b], "lr": 0.1}])
sched = LambdaLR(opt, lr_lambda=[lambda e: 0.5 ** e, lambda e: 1.0 / (1 + e)])
for epoch in range(4):
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr())
sd = sched.state_dict()
print(sorted(sd.keys()), sd["last_epoch"], sd["base_lrs"])
opt2 = torch.optim.SGD([a], lr=2.0)
m = MultiplicativeLR(opt2, lr_lambda=lambda e: 0.9)
for _ in range(3):
    opt2.step()
    m.step()
print(m.get_last_lr(), opt2.param_groups[0]["initial_lr"])
s = StepLR(torch.optim.SGD([b], lr=1.0), step_size=2, gamma=0.3, last_epoch=-1)
print(s.last_epoch, s.base_lrs)
