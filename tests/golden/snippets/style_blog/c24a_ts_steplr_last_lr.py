# StepLR over epochs, printing get_last_lr()
import torch

p = torch.nn.Parameter(torch.zeros(2))
opt = torch.optim.SGD([p], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
print(sched.get_last_lr())
for epoch in range(6):
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr(), opt.param_groups[0]['lr'])
print(sched.last_epoch)
print(sched.state_dict())
