import torch
from torch.optim.lr_scheduler import ReduceLROnPlateau

w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=2, min_lr=0.01)
val_losses = [1.0, 0.8, 0.81, 0.82, 0.83, 0.7, 0.71, 0.72, 0.73, 0.74, 0.75, 0.76, 0.77]
for epoch, val in enumerate(val_losses):
    sched.step(val)
    print(epoch, sched.get_last_lr(), sched.num_bad_epochs, sched.best)
sched2 = ReduceLROnPlateau(opt, mode="max", cooldown=1, patience=0, threshold_mode="abs", threshold=0.1)
for acc in [0.5, 0.55, 0.7, 0.71, 0.72]:
    sched2.step(torch.tensor(acc))
    print(sched2.get_last_lr(), sched2.in_cooldown)
try:
    ReduceLROnPlateau(opt, factor=1.5)
except ValueError as e:
    print(type(e).__name__, e)
