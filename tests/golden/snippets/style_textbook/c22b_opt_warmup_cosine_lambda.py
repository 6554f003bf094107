import torch
from torch.optim.lr_scheduler import LinearLR, CosineAnnealingLR, SequentialLR

knob = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([knob], lr=0.2)
warm = LinearLR(opt, start_factor=0.25, end_factor=1.0, total_iters=3)
decay = CosineAnnealingLR(opt, T_max=5, eta_min=0.01)
sched = SequentialLR(opt, schedulers=[warm, decay], milestones=[3])
seen = []
for it in range(9):
    seen.append(round(opt.param_groups[0]["lr"], 5))
    opt.step()
    sched.step()
print(seen)
print(sched.get_last_lr(), sched.last_epoch)
