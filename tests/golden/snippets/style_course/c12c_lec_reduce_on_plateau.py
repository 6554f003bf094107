# Lecture: ReduceLROnPlateau reacts to a validation metric.
import torch

p = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.Adam([p], lr=0.01)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1, threshold=0.01)
val_losses = [1.0, 0.9, 0.95, 0.91, 0.92, 0.5, 0.6, 0.61, 0.62]
for epoch, v in enumerate(val_losses):
    sched.step(v)
    print(epoch, v, opt.param_groups[0]["lr"], sched.num_bad_epochs, sched.best)
print(sched.get_last_lr())
print(sorted(sched.state_dict().keys()))
