import torch
from torch import nn
from torch.optim.lr_scheduler import StepLR

model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = StepLR(optimizer, step_size=3, gamma=0.5)
print(scheduler.get_last_lr(), optimizer.param_groups[0]["initial_lr"])
for epoch in range(8):
    optimizer.step()
    scheduler.step()
    print(epoch, scheduler.get_last_lr(), optimizer.param_groups[0]["lr"])
print(scheduler.last_epoch, type(scheduler).__module__)
