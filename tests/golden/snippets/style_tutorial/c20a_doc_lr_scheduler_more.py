# LinearLR, ConstantLR, PolynomialLR, CosineAnnealingWarmRestarts, SequentialLR
import torch

def lrs(make, steps=6, lr=0.05):
    w = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([w], lr=lr)
    sched = make(opt)
    out = []
    for _ in range(steps):
        opt.step()
        sched.step()
        out.append(round(sched.get_last_lr()[0], 6))
    return out

print(lrs(lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.5, total_iters=4)))
print(lrs(lambda o: torch.optim.lr_scheduler.ConstantLR(o, factor=0.5, total_iters=4)))
print(lrs(lambda o: torch.optim.lr_scheduler.PolynomialLR(o, total_iters=4, power=1.0)))
print(lrs(lambda o: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=3, T_mult=1, eta_min=0.001)))
print(lrs(lambda o: torch.optim.lr_scheduler.SequentialLR(o, schedulers=[
    torch.optim.lr_scheduler.ConstantLR(o, factor=0.1, total_iters=2),
    torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9)], milestones=[2])))
