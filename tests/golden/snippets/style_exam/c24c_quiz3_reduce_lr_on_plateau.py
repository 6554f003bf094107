# Quiz C14: when does ReduceLROnPlateau lower the learning rate?
import torch

p = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([p], lr=1.0)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1)
for epoch, val in enumerate([1.0, 0.9, 0.95, 0.93, 0.92, 0.91]):
    sched.step(val)
    print(epoch, val, opt.param_groups[0]["lr"], sched.num_bad_epochs)
