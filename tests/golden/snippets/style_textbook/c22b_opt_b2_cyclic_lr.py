import torch
from torch.optim.lr_scheduler import CyclicLR

knob = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([knob], lr=0.02, momentum=0.8)
clr = CyclicLR(opt, base_lr=0.02, max_lr=0.2, step_size_up=2, step_size_down=4, mode="exp_range", gamma=0.9,
               base_momentum=0.7, max_momentum=0.9)
trace = []
for _ in range(9):
    g = opt.param_groups[0]
    trace.append((round(g["lr"], 5), round(g["momentum"], 4)))
    opt.step()
    clr.step()
for row in trace:
    print(row)
