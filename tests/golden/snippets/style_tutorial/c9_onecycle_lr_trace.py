# OneCycleLR: the learning rate and momentum it sets at every batch.
import torch
import torch.nn as nn

model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1, epochs=2, steps_per_epoch=5)
lrs, moms = [], []
for epoch in range(2):
    for batch in range(5):
        opt.step()
        lrs.append(opt.param_groups[0]["lr"])
        moms.append(opt.param_groups[0]["momentum"])
        sched.step()
print([round(v, 5) for v in lrs])
print([round(v, 4) for v in moms])
print(opt.param_groups[0]["initial_lr"], opt.param_groups[0]["max_lr"], opt.param_groups[0]["min_lr"])

opt2 = torch.optim.Adam(model.parameters(), lr=1e-3)
sched2 = torch.optim.lr_scheduler.OneCycleLR(opt2, max_lr=1e-2, total_steps=6,
                                             anneal_strategy="linear", pct_start=0.5)
for _ in range(6):
    opt2.step()
    print(f"{sched2.get_last_lr()[0]:.6f}", opt2.param_groups[0]["betas"])
    sched2.step()
try:
    sched2.step()
except ValueError as e:
    print("ValueError:", e)
