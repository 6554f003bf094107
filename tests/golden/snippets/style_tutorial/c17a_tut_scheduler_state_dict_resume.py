# Saving and restoring a StepLR's state so a resumed run continues the schedule
import torch
from torch import nn

model = nn.Linear(2, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for _ in range(3):
    opt.step()
    sched.step()
state = sched.state_dict()
print(state)
opt2 = torch.optim.SGD(model.parameters(), lr=0.1)
sched2 = torch.optim.lr_scheduler.StepLR(opt2, step_size=2, gamma=0.5)
sched2.load_state_dict(state)
opt2.param_groups[0]["lr"] = sched.get_last_lr()[0]
for _ in range(3):
    opt2.step()
    sched2.step()
    print(sched2.last_epoch, sched2.get_last_lr())
