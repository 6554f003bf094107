# Learning-rate warmup with SequentialLR
import torch

opt = torch.optim.AdamW([torch.nn.Parameter(torch.zeros(2))], lr=1e-3, weight_decay=0.01)
warm = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=3)
decay = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=5)
sched = torch.optim.lr_scheduler.SequentialLR(opt, schedulers=[warm, decay], milestones=[3])
for epoch in range(9):
    print(f"epoch {epoch}: lr={opt.param_groups[0]['lr']:.6f}")
    opt.step()
    sched.step()
print(opt.defaults["weight_decay"])
