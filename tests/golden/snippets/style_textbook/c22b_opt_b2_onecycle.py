import torch

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1.0, total_steps=10)
rows = []
for _ in range(10):
    g = opt.param_groups[0]
    rows.append((round(g["lr"], 4), round(g["momentum"], 4)))
    opt.step()
    sched.step()
for r in rows:
    print(r)
