# lr_scheduler: StepLR, MultiStepLR, ExponentialLR and get_last_lr
import torch

w = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.05)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.1)
for epoch in range(7):
    optimizer.step()
    scheduler.step()
    print(epoch, scheduler.get_last_lr())
opt2 = torch.optim.SGD([w], lr=1.0)
ms = torch.optim.lr_scheduler.MultiStepLR(opt2, milestones=[2, 4], gamma=0.5)
ex = torch.optim.lr_scheduler.ExponentialLR(torch.optim.SGD([w], lr=1.0), gamma=0.9)
for _ in range(5):
    opt2.step()
    ms.step()
    ex.optimizer.step()
    ex.step()
print(ms.get_last_lr(), ex.get_last_lr())
