# Cosine learning-rate schedule from the formula versus CosineAnnealingLR
import math
import torch

base_lr, final_lr, T = 0.3, 0.01, 10
opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=base_lr)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=T, eta_min=final_lr)
for t in range(T + 1):
    mine = final_lr + (base_lr - final_lr) * (1 + math.cos(math.pi * t / T)) / 2
    print(f"{t:2d} formula {mine:.6f} torch {opt.param_groups[0]['lr']:.6f}")
    opt.step()
    sched.step()
