# CyclicLR (triangular) and OneCycleLR stepping per batch
import torch

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=3)
out = []
for _ in range(8):
    opt.step()
    sched.step()
    out.append(round(sched.get_last_lr()[0], 6))
print(out)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.01, steps_per_epoch=3, epochs=2)
out = []
for _ in range(6):
    opt.step()
    sched.step()
    out.append((round(opt.param_groups[0]['lr'], 7), round(opt.param_groups[0]['momentum'], 5)))
print(out)
