# d2l-style scheduler classes (square root, factor, cosine with warmup) driving an optimizer's lr.
import math
import torch
from torch import nn

class SquareRootScheduler:
    def __init__(self, lr=0.1):
        self.lr = lr

    def __call__(self, num_update):
        return self.lr * pow(num_update + 1.0, -0.5)

class CosineScheduler:
    def __init__(self, max_update, base_lr=0.01, final_lr=0, warmup_steps=0, warmup_begin_lr=0):
        self.base_lr_orig, self.max_update, self.final_lr = base_lr, max_update, final_lr
        self.warmup_steps, self.warmup_begin_lr = warmup_steps, warmup_begin_lr
        self.max_steps = self.max_update - self.warmup_steps

    def __call__(self, epoch):
        if epoch < self.warmup_steps:
            return self.warmup_begin_lr + (self.base_lr_orig - self.warmup_begin_lr) * float(epoch) / float(self.warmup_steps)
        if epoch <= self.max_update:
            return self.final_lr + (self.base_lr_orig - self.final_lr) * (
                1 + math.cos(math.pi * (epoch - self.warmup_steps) / self.max_steps)) / 2
        return self.final_lr

torch.manual_seed(0)
net = nn.Linear(3, 1)
X, y = torch.randn(16, 3), torch.randn(16, 1)
for sched in (SquareRootScheduler(0.1), CosineScheduler(6, base_lr=0.3, final_lr=0.01, warmup_steps=2)):
    opt = torch.optim.SGD(net.parameters(), lr=0.0)
    for epoch in range(6):
        for g in opt.param_groups:
            g["lr"] = sched(epoch)
        opt.zero_grad()
        loss = nn.functional.mse_loss(net(X), y)
        loss.backward()
        opt.step()
        print(type(sched).__name__, epoch, round(opt.param_groups[0]["lr"], 6), f"{loss.item():.6f}")
