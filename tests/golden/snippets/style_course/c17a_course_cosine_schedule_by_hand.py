# Cosine annealing computed by hand next to CosineAnnealingLR
import math
import torch

opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=6, eta_min=0.001)
for epoch in range(8):
    hand = 0.001 + (0.1 - 0.001) * (1 + math.cos(math.pi * epoch / 6)) / 2
    lr = opt.param_groups[0]["lr"]
    print(epoch, f"{lr:.6f}", f"{hand:.6f}", abs(lr - hand) < 1e-9)
    opt.step()
    sched.step()
