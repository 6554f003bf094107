# LambdaLR and MultiStepLR: printing lr per epoch
import torch

p = torch.zeros(1, requires_grad=True)
opt1 = torch.optim.SGD([p], lr=0.2)
lam = torch.optim.lr_scheduler.LambdaLR(opt1, lr_lambda=lambda e: 0.8 ** e)
opt2 = torch.optim.SGD([p], lr=0.2)
ms = torch.optim.lr_scheduler.MultiStepLR(opt2, milestones=[2, 5], gamma=0.1)
for e in range(7):
    print(e, f"{lam.get_last_lr()[0]:.5f}", f"{ms.get_last_lr()[0]:.5f}")
    opt1.step(); opt2.step(); lam.step(); ms.step()
