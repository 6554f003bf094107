# Learning-rate scheduling from scratch: factor, multi-factor, cosine with warmup, compared with optim's schedulers.
import math
import torch

class FactorScheduler:
    def __init__(self, factor=1, stop_factor_lr=1e-7, base_lr=0.1):
        self.factor, self.stop_factor_lr, self.base_lr = factor, stop_factor_lr, base_lr

    def __call__(self, num_update):
        self.base_lr = max(self.stop_factor_lr, self.base_lr * self.factor)
        return self.base_lr

class CosineScheduler:
    def __init__(self, max_update, base_lr=0.01, final_lr=0, warmup_steps=0, warmup_begin_lr=0):
        self.base_lr_orig, self.max_update, self.final_lr = base_lr, max_update, final_lr
        self.warmup_steps, self.warmup_begin_lr = warmup_steps, warmup_begin_lr
        self.max_steps = self.max_update - self.warmup_steps

    def __call__(self, epoch):
        if epoch < self.warmup_steps:
            return self.warmup_begin_lr + (self.base_lr_orig - self.warmup_begin_lr) * float(epoch) / float(self.warmup_steps)
        if epoch <= self.max_update:
            return self.final_lr + (self.base_lr_orig - self.final_lr) * (1 + math.cos(math.pi * (epoch - self.warmup_steps) / self.max_steps)) / 2
        return self.final_lr

s = FactorScheduler(factor=0.9, stop_factor_lr=1e-2, base_lr=2.0)
print([round(s(t), 6) for t in range(8)])
c = CosineScheduler(max_update=20, base_lr=0.3, final_lr=0.01, warmup_steps=5)
print([round(c(t), 6) for t in range(0, 25, 3)])
net = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(net.parameters(), lr=0.5)
ms = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[3, 6], gamma=0.5)
cos = []
for epoch in range(8):
    cos.append(opt.param_groups[0]["lr"])
    opt.step()
    ms.step()
print(cos)
opt = torch.optim.SGD(net.parameters(), lr=0.3)
ca = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=15, eta_min=0.01)
vals = []
for epoch in range(16):
    vals.append(ca.get_last_lr()[0])
    opt.step()
    ca.step()
print([f"{v:.6f}" for v in vals[::3]])
