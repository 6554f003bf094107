# Learning rate scheduling: SquareRoot, Factor and Cosine (with warm-up) schedulers as small classes.
import math
import torch

class SquareRootScheduler:
    def __init__(self, lr=0.1):
        self.lr = lr

    def __call__(self, num_update):
        return self.lr * pow(num_update + 1.0, -0.5)

class FactorScheduler:
    def __init__(self, factor=1, stop_factor_lr=1e-7, base_lr=0.1):
        self.factor = factor
        self.stop_factor_lr = stop_factor_lr
        self.base_lr = base_lr

    def __call__(self, num_update):
        self.base_lr = max(self.stop_factor_lr, self.base_lr * self.factor)
        return self.base_lr

class CosineScheduler:
    def __init__(self, max_update, base_lr=0.01, final_lr=0, warmup_steps=0, warmup_begin_lr=0):
        self.base_lr_orig = base_lr
        self.max_update = max_update
        self.final_lr = final_lr
        self.warmup_steps = warmup_steps
        self.warmup_begin_lr = warmup_begin_lr
        self.max_steps = self.max_update - self.warmup_steps

    def get_warmup_lr(self, epoch):
        increase = (self.base_lr_orig - self.warmup_begin_lr) * float(epoch) / float(self.warmup_steps)
        return self.warmup_begin_lr + increase

    def __call__(self, epoch):
        if epoch < self.warmup_steps:
            return self.get_warmup_lr(epoch)
        if epoch <= self.max_update:
            self.base_lr = self.final_lr + (self.base_lr_orig - self.final_lr) * (
                1 + math.cos(math.pi * (epoch - self.warmup_steps) / self.max_steps)) / 2
        return self.base_lr

print([round(SquareRootScheduler()(t), 5) for t in range(5)])
f = FactorScheduler(factor=0.9, stop_factor_lr=1e-2, base_lr=2.0)
print([round(f(t), 4) for t in range(6)])
c = CosineScheduler(max_update=10, base_lr=0.3, final_lr=0.01, warmup_steps=3)
print([round(c(t), 4) for t in range(12)])
net = torch.nn.Linear(2, 1)
trainer = torch.optim.SGD(net.parameters(), lr=0.3)
scheduler = CosineScheduler(max_update=6, base_lr=0.3, final_lr=0.01)
for epoch in range(6):
    for param_group in trainer.param_groups:
        param_group['lr'] = scheduler(epoch)
    print(f"{trainer.param_groups[0]['lr']:.4f}", end=" ")
print()
sched = torch.optim.lr_scheduler.MultiStepLR(trainer, milestones=[2, 4], gamma=0.5)
print([sched.get_last_lr()[0] for _ in range(6) if not trainer.step() and not sched.step()])
