# Resuming a cosine schedule: initial_lr in the param groups and last_epoch
import torch

p = torch.nn.Parameter(torch.zeros(1))
o = torch.optim.SGD([p], lr=1.0)
s = torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=4)
for _ in range(2):
    o.step()
    s.step()
print(round(s.get_last_lr()[0], 6), o.param_groups[0]['initial_lr'])
o2 = torch.optim.SGD([p], lr=0.5)
o2.param_groups[0]['initial_lr'] = 1.0
s2 = torch.optim.lr_scheduler.CosineAnnealingLR(o2, T_max=4, last_epoch=1)
print(round(s2.get_last_lr()[0], 6), s2.last_epoch)
o2.step()
s2.step()
print(round(s2.get_last_lr()[0], 6))
