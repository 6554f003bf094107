# MultiStepLR and CosineAnnealingLR schedules side by side
import torch

def make():
    return torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
o1, o2 = make(), make()
s1 = torch.optim.lr_scheduler.MultiStepLR(o1, milestones=[2, 4], gamma=0.1)
s2 = torch.optim.lr_scheduler.CosineAnnealingLR(o2, T_max=4, eta_min=0.1)
for epoch in range(6):
    o1.step(); o2.step()
    s1.step(); s2.step()
    print(epoch, s1.get_last_lr()[0], round(s2.get_last_lr()[0], 6))
print(s1.milestones)
print(type(s2).__name__, s2.T_max)
