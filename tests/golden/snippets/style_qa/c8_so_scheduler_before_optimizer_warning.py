# Q: "Detected call of `lr_scheduler.step()` before `optimizer.step()`" and the lr printed each epoch.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
x, y = torch.randn(4, 2), torch.randn(4, 1)
for epoch in range(5):
    scheduler.step()
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    print(epoch, scheduler.get_last_lr(), optimizer.param_groups[0]['lr'])
print(scheduler.state_dict()['last_epoch'], scheduler.state_dict()['_step_count'])
opt2 = torch.optim.SGD(model.parameters(), lr=1.0)
sched2 = torch.optim.lr_scheduler.MultiStepLR(opt2, milestones=[1, 3], gamma=0.1)
for epoch in range(4):
    opt2.step()
    sched2.step()
    print(epoch, sched2.get_last_lr())
