# Print the learning rate of each param group in scientific notation during ExponentialLR
import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
opt = torch.optim.SGD([
    {"params": model[0].parameters()},
    {"params": model[1].parameters(), "lr": 1e-2},
], lr=1e-3, momentum=0.9)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.8)
for epoch in range(4):
    opt.step()
    sched.step()
    print(f"epoch {epoch}: " + ", ".join(f"{g['lr']:.3e}" for g in opt.param_groups))
print(sched.get_last_lr(), opt.defaults["lr"])
