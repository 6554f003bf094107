# Linear warmup followed by cosine decay, chained with SequentialLR.
import torch
from torch.optim.lr_scheduler import LinearLR, CosineAnnealingLR, SequentialLR

param = torch.nn.Parameter(torch.ones(1))
opt = torch.optim.AdamW([param], lr=0.01)
warm = LinearLR(opt, start_factor=0.1, total_iters=3)
decay = CosineAnnealingLR(opt, T_max=5)
sched = SequentialLR(opt, schedulers=[warm, decay], milestones=[3])
for epoch in range(9):
    print(epoch, f"{sched.get_last_lr()[0]:.6f}")
    opt.step()
    sched.step()
print(opt.param_groups[0]['initial_lr'])
