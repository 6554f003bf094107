# warm-up with LinearLR chained into CosineAnnealingLR by SequentialLR
import torch
from torch.optim.lr_scheduler import LinearLR, CosineAnnealingLR, SequentialLR
w = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.AdamW([w], lr=3e-4, weight_decay=0.05)
warm = LinearLR(opt, start_factor=0.01, end_factor=1.0, total_iters=2)
cos = CosineAnnealingLR(opt, T_max=5, eta_min=1e-6)
sched = SequentialLR(opt, schedulers=[warm, cos], milestones=[2])
trace = []
for it in range(8):
    trace.append(opt.param_groups[0]["lr"])
    opt.step()
    sched.step()
print(["%.3e" % v for v in trace])
print(sched.state_dict()["_milestones"], sched.last_epoch)
