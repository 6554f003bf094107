# CyclicLR: momentum cycling needs an optimizer with momentum
import torch

p = torch.nn.Parameter(torch.zeros(1))
adam = torch.optim.Adam([p], lr=1e-3)
try:
    torch.optim.lr_scheduler.CyclicLR(adam, base_lr=1e-4, max_lr=1e-2, step_size_up=2)
except ValueError as e:
    print(e)
sched = torch.optim.lr_scheduler.CyclicLR(adam, base_lr=1e-4, max_lr=1e-2, step_size_up=2, cycle_momentum=False)
out = []
for _ in range(6):
    adam.step()
    sched.step()
    out.append(round(sched.get_last_lr()[0], 6))
print(out)
sgd = torch.optim.SGD([p], lr=0.1, momentum=0.9)
cyc = torch.optim.lr_scheduler.CyclicLR(sgd, 0.01, 0.1, step_size_up=2, mode='triangular2')
print(sgd.param_groups[0]['momentum'], round(cyc.get_last_lr()[0], 6))
