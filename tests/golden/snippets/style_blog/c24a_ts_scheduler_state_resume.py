# Saving and resuming optimizer + scheduler state mid-training
import torch

def setup():
    p = torch.nn.Parameter(torch.ones(1))
    opt = torch.optim.SGD([p], lr=0.1, momentum=0.9)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
    return p, opt, sched
p, opt, sched = setup()
for _ in range(2):
    p.grad = torch.ones(1)
    opt.step()
    sched.step()
ckpt = {'opt': opt.state_dict(), 'sched': sched.state_dict()}
p2, opt2, sched2 = setup()
opt2.load_state_dict(ckpt['opt'])
sched2.load_state_dict(ckpt['sched'])
print(sched2.get_last_lr(), sched2.last_epoch)
print(opt2.param_groups[0]['lr'])
print(opt2.state_dict()['state'])
print(ckpt['sched'])
