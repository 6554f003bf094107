# Calling scheduler.step() before optimizer.step()
import torch

p = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([p], lr=1.0)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)
for epoch in range(3):
    sched.step()
    p.grad = torch.ones(1)
    opt.step()
    print(epoch, sched.get_last_lr(), p.data)
