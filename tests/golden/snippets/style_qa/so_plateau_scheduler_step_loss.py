# Q: ReduceLROnPlateau needs the metric in step(); printing when the lr drops.
import torch
from torch.optim.lr_scheduler import ReduceLROnPlateau

opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
sched = ReduceLROnPlateau(opt, mode='min', factor=0.5, patience=1)
losses = [1.0, 0.9, 0.95, 0.96, 0.97, 0.5, 0.6, 0.7, 0.8]
for epoch, val_loss in enumerate(losses):
    opt.step()
    sched.step(val_loss)
    print(epoch, val_loss, opt.param_groups[0]['lr'], sched.num_bad_epochs)
print(sched.best, sched.get_last_lr())
try:
    sched.step()
except TypeError as e:
    print(e)
