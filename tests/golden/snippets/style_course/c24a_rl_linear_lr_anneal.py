# Annealing the learning rate linearly over PPO updates
import torch

p = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.Adam([p], lr=2.5e-4)
sched = torch.optim.lr_scheduler.LinearLR(opt, start_factor=1.0, end_factor=0.0, total_iters=4)
for update in range(6):
    opt.step()
    sched.step()
    print(update, sched.get_last_lr())
print(opt.param_groups[0]['initial_lr'])
frac = 1.0 - (3 - 1.0) / 10
print(frac * 2.5e-4)
