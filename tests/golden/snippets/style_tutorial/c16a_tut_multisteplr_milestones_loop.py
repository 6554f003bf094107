# MultiStepLR: the lr drops at epochs 2 and 4
import torch

w = torch.nn.Parameter(torch.tensor([2.0, -3.0]))
opt = torch.optim.SGD([w], lr=0.3)
sched = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4], gamma=0.1)
for epoch in range(6):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
    sched.step()
    print(epoch, opt.param_groups[0]["lr"], loss.item(), w.data)
print(sched.last_epoch, sched.milestones)
