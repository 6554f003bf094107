# ReduceLROnPlateau on a validation loss that stalls
import torch

p = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.Adam([p], lr=1e-2)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode='min', factor=0.5, patience=1)
val_losses = [1.0, 0.8, 0.81, 0.82, 0.79, 0.80, 0.80, 0.80]
for epoch, vl in enumerate(val_losses):
    opt.step()
    sched.step(vl)
    print(epoch, vl, opt.param_groups[0]['lr'], sched.num_bad_epochs)
print(sched.get_last_lr())
print(sched.best)
try:
    torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=1.0)
except ValueError as e:
    print(e)
