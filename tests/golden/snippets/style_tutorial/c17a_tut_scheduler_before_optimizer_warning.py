# Calling scheduler.step() before optimizer.step() warns, and the lr moves one step early
import torch
from torch import nn

model = nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=1.0)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
for epoch in range(3):
    sched.step()
    opt.zero_grad()
    model(torch.ones(1, 1)).sum().backward()
    opt.step()
    print(epoch, sched.get_last_lr())
