# ReduceLROnPlateau: passing the wrong thing to step()
import torch

w = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=1, factor=0.5)
for val_loss in [1.0, 1.0, 1.0, 1.0, 0.5]:
    sched.step(val_loss)
    print(opt.param_groups[0]["lr"])
try:
    sched.step()
except TypeError as e:
    print("TypeError:", e)
