# Lecture: warmup then cosine with SequentialLR, printing the lr every epoch.
import torch
from torch.optim.lr_scheduler import LinearLR, CosineAnnealingLR, SequentialLR

p = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([p], lr=0.1)
warm = LinearLR(opt, start_factor=0.25, total_iters=3)
cos = CosineAnnealingLR(opt, T_max=5, eta_min=0.001)
sched = SequentialLR(opt, schedulers=[warm, cos], milestones=[3])
for epoch in range(9):
    print(epoch, sched.get_last_lr())
    opt.step()
    sched.step()
print(sched.state_dict()["_milestones"])
