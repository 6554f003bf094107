# Re-creating a MultiStepLR mid-run with last_epoch needs initial_lr in the groups
import torch

p = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([p], lr=1.0)
try:
    torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4], gamma=0.1, last_epoch=3)
except KeyError as e:
    print("KeyError:", e)
sched = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4], gamma=0.1)
print(opt.param_groups[0]["initial_lr"], sched.milestones)
for _ in range(5):
    opt.step()
    sched.step()
    print(sched.last_epoch, sched.get_last_lr())
