# OneCycleLR: learning rate and momentum over a short run
import torch

p = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([p], lr=0.01, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=6)
print(sched.get_last_lr(), opt.param_groups[0]['momentum'])
for step in range(6):
    opt.step()
    sched.step()
    if step < 5:
        print(step, [round(v, 6) for v in sched.get_last_lr()], round(opt.param_groups[0]['momentum'], 6))
try:
    sched.step()
except ValueError as e:
    print(e)
