# ReduceLROnPlateau lowers the learning rate when the monitored loss stops improving.
import torch

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode='min', factor=0.5, patience=1)
for epoch, val_loss in enumerate([1.0, 0.9, 0.95, 0.96, 0.97, 0.5, 0.6, 0.7]):
    opt.step()
    sched.step(val_loss)
    print(epoch, val_loss, opt.param_groups[0]['lr'])
