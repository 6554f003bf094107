# Passing the epoch to scheduler.step(), and resuming with last_epoch
import torch

o = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
s = torch.optim.lr_scheduler.StepLR(o, step_size=2, gamma=0.5)
o.step()
s.step(3)
print(s.get_last_lr(), s.last_epoch)
o2 = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
try:
    torch.optim.lr_scheduler.StepLR(o2, step_size=2, last_epoch=4)
except KeyError as e:
    print('KeyError', e)
