# MultiStepLR and ExponentialLR: learning rates printed every epoch of a small loop.
import torch
import torch.nn as nn
from torch.optim.lr_scheduler import MultiStepLR, ExponentialLR

torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
sched = MultiStepLR(opt, milestones=[3, 6], gamma=0.1)
x, y = torch.randn(16, 2), torch.randn(16, 1)
for epoch in range(8):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    print(f"epoch {epoch}: lr={sched.get_last_lr()[0]}, loss={loss.item():.6f}")
print(sched.state_dict())
opt2 = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=1.0)
sched2 = ExponentialLR(opt2, gamma=0.5)
lrs = []
for _ in range(5):
    opt2.step()
    sched2.step()
    lrs.append(opt2.param_groups[0]["lr"])
print(lrs)
print(sched2.last_epoch)
