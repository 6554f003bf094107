# CyclicLR in triangular2 mode: the learning rate over fourteen batches
import torch

w = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([w], lr=0.01, momentum=0.9)
sched = torch.optim.lr_scheduler.CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=3, mode="triangular2")
trace = []
for i in range(14):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    sched.step()
    trace.append(round(sched.get_last_lr()[0], 6))
print(trace)
print(round(opt.param_groups[0]["momentum"], 6), w)
