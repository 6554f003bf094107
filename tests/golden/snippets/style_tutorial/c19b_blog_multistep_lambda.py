# Learning-rate schedulers explained: MultiStepLR and LambdaLR
import torch

p = [torch.nn.Parameter(torch.zeros(1))]
o1 = torch.optim.SGD(p, lr=1.0)
o2 = torch.optim.SGD(p, lr=1.0)
s1 = torch.optim.lr_scheduler.MultiStepLR(o1, milestones=[2, 5], gamma=0.1)
s2 = torch.optim.lr_scheduler.LambdaLR(o2, lr_lambda=lambda e: 1 / (e + 1))
for epoch in range(7):
    print(epoch, s1.get_last_lr(), [round(x, 4) for x in s2.get_last_lr()])
    o1.step(); o2.step()
    s1.step(); s2.step()
