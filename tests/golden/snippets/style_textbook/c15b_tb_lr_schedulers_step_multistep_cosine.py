# Learning-rate schedules: StepLR, MultiStepLR, ExponentialLR and CosineAnnealingLR side by side.
import torch
from torch.optim import lr_scheduler

def make():
    return torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.5)

opts = [make() for _ in range(4)]
scheds = [
    lr_scheduler.StepLR(opts[0], step_size=3, gamma=0.5),
    lr_scheduler.MultiStepLR(opts[1], milestones=[2, 5], gamma=0.1),
    lr_scheduler.ExponentialLR(opts[2], gamma=0.9),
    lr_scheduler.CosineAnnealingLR(opts[3], T_max=6, eta_min=0.01),
]
for epoch in range(7):
    row = [round(s.get_last_lr()[0], 6) for s in scheds]
    print(epoch, row)
    for o, s in zip(opts, scheds):
        o.step()
        s.step()
print(scheds[0].state_dict()['last_epoch'], type(scheds[3]).__name__)
