import torch

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.1, patience=1)
val_losses = [1.0, 0.9, 0.95, 0.94, 0.93, 0.8, 0.81, 0.82]
for epoch, v in enumerate(val_losses):
    opt.step()
    sched.step(v)
    print(epoch, v, opt.param_groups[0]["lr"], sched.num_bad_epochs)
