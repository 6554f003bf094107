# Printing schedulers: their repr, state_dict, get_last_lr and the learning rates over epochs.
import torch
from torch.optim.lr_scheduler import CosineAnnealingLR, ExponentialLR, LambdaLR, LinearLR, SequentialLR

model = torch.nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = CosineAnnealingLR(optimizer, T_max=4)
print(scheduler)
print(sorted(scheduler.state_dict().keys()))
for epoch in range(5):
    optimizer.step()
    scheduler.step()
    print(epoch, [round(lr, 5) for lr in scheduler.get_last_lr()])
opt2 = torch.optim.Adam(model.parameters(), lr=1.0)
warm = LinearLR(opt2, start_factor=0.25, total_iters=2)
decay = ExponentialLR(opt2, gamma=0.5)
seq = SequentialLR(opt2, schedulers=[warm, decay], milestones=[2])
lrs = []
for _ in range(5):
    opt2.step()
    seq.step()
    lrs.append(opt2.param_groups[0]['lr'])
print(lrs)
lam = LambdaLR(torch.optim.SGD(model.parameters(), lr=2.0), lr_lambda=lambda e: 0.9 ** e)
print(lam.get_last_lr(), lam.last_epoch, lam.base_lrs)
