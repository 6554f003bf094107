import torch
from torch.optim.lr_scheduler import LRScheduler


class InverseSqrt(LRScheduler):
    def __init__(self, optimizer, warmup=4, last_epoch=-1):
        self.warmup = warmup
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        step = max(self.last_epoch, 1)
        scale = min(step ** -0.5, step * self.warmup ** -1.5)
        return [base * scale for base in self.base_lrs]


p = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([p], lr=0.5)
sched = InverseSqrt(opt)
vals = []
for _ in range(8):
    opt.step()
    sched.step()
    vals.append(round(sched.get_last_lr()[0], 5))
print(vals)
print(sorted(sched.state_dict()))
