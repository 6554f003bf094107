# OneCycleLR learning-rate curve printed every few steps
import torch

model = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=20)
lrs = []
for step in range(20):
    opt.step()
    lrs.append(sched.get_last_lr()[0])
    sched.step()
print([round(lr, 5) for lr in lrs[::4]])
print("peak at step", max(range(20), key=lambda i: lrs[i]))
print("momentum now", opt.param_groups[0]["momentum"])
