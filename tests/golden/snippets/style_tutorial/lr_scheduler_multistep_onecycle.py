# "How to adjust the learning rate": MultiStepLR, OneCycleLR and CosineAnnealingWarmRestarts side by side.
import torch
from torch.optim.lr_scheduler import CosineAnnealingWarmRestarts, MultiStepLR, OneCycleLR

def make_opt():
    return torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1, momentum=0.9)

opt = make_opt()
sched = MultiStepLR(opt, milestones=[2, 4], gamma=0.5)
lrs = []
for epoch in range(6):
    opt.step()
    sched.step()
    lrs.append(sched.get_last_lr()[0])
print(lrs)
opt = make_opt()
sched = OneCycleLR(opt, max_lr=1.0, total_steps=8)
for step in range(8):
    opt.step()
    print(step, round(opt.param_groups[0]['lr'], 6), round(opt.param_groups[0]['momentum'], 6))
    sched.step() if step < 7 else None
opt = make_opt()
sched = CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2)
print([round(sched.get_last_lr()[0], 5) for _ in range(10) if (opt.step(), sched.step())])
print(sched.state_dict()['T_i'], sched.state_dict()['T_cur'])
