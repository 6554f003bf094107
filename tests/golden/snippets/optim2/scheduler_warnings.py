import torch
from torch.optim.lr_scheduler import StepLR

w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = StepLR(opt, step_size=1, gamma=0.5)
sched.step()
opt.step()
print(sched.get_last_lr())
print(sched.get_lr())
try:
    StepLR("not an optimizer", step_size=1)
except TypeError as e:
    print(type(e).__name__, e)
