# A hand-written warm-up scheduler subclassing LRScheduler
import torch
from torch.optim.lr_scheduler import LRScheduler

class Warmup(LRScheduler):
    def __init__(self, optimizer, warmup, last_epoch=-1):
        self.warmup = warmup
        super().__init__(optimizer, last_epoch)
    def get_lr(self):
        f = min(1.0, (self.last_epoch + 1) / self.warmup)
        return [base * f for base in self.base_lrs]
o = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.3)
s = Warmup(o, warmup=3)
print(s.get_last_lr())
for _ in range(4):
    o.step()
    s.step()
    print([round(x, 6) for x in s.get_last_lr()])
print(s.state_dict()['warmup'], s.last_epoch)
