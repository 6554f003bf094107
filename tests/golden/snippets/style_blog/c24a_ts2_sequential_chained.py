# Warm-up then decay: SequentialLR and ChainedScheduler
import torch

p = torch.nn.Parameter(torch.zeros(1))
o = torch.optim.SGD([p], lr=0.1)
warm = torch.optim.lr_scheduler.LinearLR(o, start_factor=0.1, total_iters=3)
decay = torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.5)
seq = torch.optim.lr_scheduler.SequentialLR(o, schedulers=[warm, decay], milestones=[3])
lrs = []
for _ in range(6):
    o.step()
    seq.step()
    lrs.append(round(seq.get_last_lr()[0], 6))
print(lrs)
o2 = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
ch = torch.optim.lr_scheduler.ChainedScheduler([
    torch.optim.lr_scheduler.ConstantLR(o2, factor=0.5, total_iters=2),
    torch.optim.lr_scheduler.ExponentialLR(o2, gamma=0.9)])
for _ in range(3):
    o2.step()
    ch.step()
    print(round(ch.get_last_lr()[0], 6))
