# warm-up then cosine decay with SequentialLR (LinearLR + CosineAnnealingLR)
import torch

w = torch.nn.Parameter(torch.zeros(2))
opt = torch.optim.SGD([w], lr=0.1)
warm = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.25, total_iters=2)
cos = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=4)
sched = torch.optim.lr_scheduler.SequentialLR(opt, schedulers=[warm, cos], milestones=[2])
seen = []
for _ in range(6):
    seen.append(round(opt.param_groups[0]["lr"], 5))
    opt.step()
    sched.step()
print(seen)
print(type(sched).__name__, sched.last_epoch)
