# Scheduler recipe: step the optimizer, then the scheduler, once per epoch; print the rate.
import torch
import torch.nn as nn
from torch.optim.lr_scheduler import StepLR, ExponentialLR

torch.manual_seed(13)
model = nn.Linear(3, 1)
X = torch.randn(32, 3)
y = X @ torch.tensor([[1.5], [-0.5], [2.0]]) + 0.3
optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
scheduler = StepLR(optimizer, step_size=2, gamma=0.5)
for epoch in range(6):
    loss = nn.functional.mse_loss(model(X), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    scheduler.step()
    print(epoch, loss.item(), scheduler.get_last_lr())
opt2 = torch.optim.Adam(model.parameters(), lr=0.05)
sched2 = ExponentialLR(opt2, gamma=0.9)
for epoch in range(3):
    opt2.step()
    sched2.step()
print(sched2.get_last_lr(), opt2.param_groups[0]['lr'], sched2.last_epoch)
