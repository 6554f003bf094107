# LR scheduler recipe: ChainedScheduler and SequentialLR traces printed each epoch with get_last_lr().
import torch
from torch.optim.lr_scheduler import ChainedScheduler, ConstantLR, ExponentialLR, LinearLR, SequentialLR

model = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=1.0)
sched = ChainedScheduler([ConstantLR(opt, factor=0.1, total_iters=2), ExponentialLR(opt, gamma=0.9)])
for epoch in range(5):
    opt.step()
    print(epoch, sched.get_last_lr())
    sched.step()
opt2 = torch.optim.SGD(model.parameters(), lr=0.5)
warm = LinearLR(opt2, start_factor=0.25, total_iters=3)
decay = ExponentialLR(opt2, gamma=0.5)
seq = SequentialLR(opt2, schedulers=[warm, decay], milestones=[3])
lrs = []
for epoch in range(7):
    opt2.step()
    lrs.append(opt2.param_groups[0]["lr"])
    seq.step()
print(lrs)
print(seq.state_dict()["_milestones"], seq.last_epoch)
