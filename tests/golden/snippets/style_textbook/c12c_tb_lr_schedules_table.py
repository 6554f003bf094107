# Optimization chapter: learning-rate schedules printed as a table.
import torch
from torch.optim import lr_scheduler as S

def trace(make, n=8):
    p = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=0.5)
    s = make(opt)
    out = []
    for _ in range(n):
        out.append(round(opt.param_groups[0]["lr"], 6))
        opt.step()
        s.step()
    return out

print(trace(lambda o: S.MultiStepLR(o, milestones=[2, 5], gamma=0.1)))
print(trace(lambda o: S.PolynomialLR(o, total_iters=6, power=2.0)))
print(trace(lambda o: S.CosineAnnealingWarmRestarts(o, T_0=3, T_mult=2)))
print(trace(lambda o: S.CyclicLR(o, base_lr=0.1, max_lr=0.5, step_size_up=2)))
print(trace(lambda o: S.OneCycleLR(o, max_lr=1.0, total_steps=8)))
print(trace(lambda o: S.LambdaLR(o, lambda e: 1 / (e + 1))))
print(trace(lambda o: S.ConstantLR(o, factor=0.5, total_iters=3)))
