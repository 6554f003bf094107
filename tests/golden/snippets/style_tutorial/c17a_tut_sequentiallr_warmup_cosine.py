# Linear warm-up for 3 epochs, then cosine decay, chained with SequentialLR
import torch
from torch import nn
from torch.optim.lr_scheduler import LinearLR, CosineAnnealingLR, SequentialLR

model = nn.Linear(2, 1)
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
warmup = LinearLR(opt, start_factor=0.1, total_iters=3)
cosine = CosineAnnealingLR(opt, T_max=5, eta_min=1e-5)
sched = SequentialLR(opt, schedulers=[warmup, cosine], milestones=[3])
for epoch in range(9):
    opt.step()
    lr = sched.get_last_lr()[0]
    print(f"epoch {epoch}: lr = {lr:.6f}")
    sched.step()
