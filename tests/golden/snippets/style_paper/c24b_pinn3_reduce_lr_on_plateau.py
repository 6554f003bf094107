# ReduceLROnPlateau on a stalled PDE loss
import torch

p = torch.nn.Parameter(torch.tensor(1.0, dtype=torch.float64))
opt = torch.optim.Adam([p], lr=1e-2)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=2)
for epoch, loss in enumerate([1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 0.8]):
    sched.step(loss)
    print(epoch, opt.param_groups[0]["lr"])
print(sched.num_bad_epochs, sched.best)
