# Calling get_lr() directly instead of get_last_lr()
import torch

o = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.5)
s = torch.optim.lr_scheduler.StepLR(o, step_size=1, gamma=0.1)
o.step()
s.step()
print(s.get_lr())
print(s.get_last_lr())
print(s._last_lr)
print(s.optimizer is o)
