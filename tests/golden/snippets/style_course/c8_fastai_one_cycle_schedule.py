# The one-cycle policy: OneCycleLR's learning rates and momentums over a short run.
import torch
import torch.nn as nn

model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1.0, total_steps=10)
lrs, moms = [], []
for i in range(10):
    lrs.append(round(opt.param_groups[0]['lr'], 5))
    moms.append(round(opt.param_groups[0]['momentum'], 4))
    opt.step()
    sched.step()
print(lrs)
print(moms)
print(opt.param_groups[0]['initial_lr'], opt.param_groups[0]['max_lr'], opt.param_groups[0]['min_lr'])
opt2 = torch.optim.Adam(model.parameters(), lr=1e-3)
s2 = torch.optim.lr_scheduler.OneCycleLR(opt2, max_lr=0.01, epochs=2, steps_per_epoch=3, anneal_strategy='linear')
out = []
for i in range(6):
    out.append(f"{s2.get_last_lr()[0]:.5f}/{opt2.param_groups[0]['betas'][0]:.3f}")
    opt2.step()
    s2.step()
print(out)
