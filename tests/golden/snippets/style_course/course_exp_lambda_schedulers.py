# Learning-rate schedules a course compares: ExponentialLR, LambdaLR and MultiStepLR.
import torch

w = torch.zeros(2, requires_grad=True)
def lrs(make, n=5):
    opt = torch.optim.SGD([w], lr=0.1)
    sched = make(opt)
    out = []
    for _ in range(n):
        opt.step()
        sched.step()
        out.append(round(sched.get_last_lr()[0], 6))
    return out
print(lrs(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9)))
print(lrs(lambda o: torch.optim.lr_scheduler.LambdaLR(o, lr_lambda=lambda e: 1 / (e + 1))))
print(lrs(lambda o: torch.optim.lr_scheduler.MultiStepLR(o, milestones=[2, 4], gamma=0.1)))
print(lrs(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=4)))
