# Q: my StepLR decays much too fast: scheduler.step() was called every batch instead of every epoch.
import torch

model = torch.nn.Linear(1, 1)
for per_batch in (True, False):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    lrs = []
    for epoch in range(3):
        for batch in range(4):
            opt.step()
            if per_batch:
                sched.step()
        if not per_batch:
            sched.step()
        lrs.append(opt.param_groups[0]["lr"])
    print("per batch" if per_batch else "per epoch", lrs)
opt = torch.optim.SGD(model.parameters(), lr=1.0)
sched = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4], gamma=0.1)
out = []
for _ in range(6):
    out.append(sched.get_last_lr()[0])
    opt.step()
    sched.step()
print(out)
