# CosineAnnealingWarmRestarts, PolynomialLR, ConstantLR step by step
import torch

def opt():
    return torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
o1, o2, o3 = opt(), opt(), opt()
s1 = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o1, T_0=2, T_mult=2)
s2 = torch.optim.lr_scheduler.PolynomialLR(o2, total_iters=4, power=2.0)
s3 = torch.optim.lr_scheduler.ConstantLR(o3, factor=0.5, total_iters=2)
for epoch in range(7):
    for o in (o1, o2, o3):
        o.step()
    for s in (s1, s2, s3):
        s.step()
    print(epoch, round(s1.get_last_lr()[0], 6), round(s2.get_last_lr()[0], 6), s3.get_last_lr()[0])
