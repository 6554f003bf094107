# Two schedulers stepped together on one optimizer
import torch
from torch.optim.lr_scheduler import ExponentialLR, MultiStepLR

w = torch.nn.Parameter(torch.zeros(2))
optimizer = torch.optim.SGD([w], lr=0.5)
scheduler1 = ExponentialLR(optimizer, gamma=0.9)
scheduler2 = MultiStepLR(optimizer, milestones=[2, 4], gamma=0.1)
for epoch in range(6):
    optimizer.zero_grad()
    ((w - 1) ** 2).sum().backward()
    optimizer.step()
    scheduler1.step()
    scheduler2.step()
    print(epoch, optimizer.param_groups[0]["lr"], w.data)
print(scheduler1.last_epoch, scheduler2.milestones)
