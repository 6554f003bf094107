import torch
import torch.optim as optim

p = torch.nn.Parameter(torch.zeros(2))
opt = optim.Adam([p], lr=0.01)
multi = optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4, 4], gamma=0.1)
lrs = []
for _ in range(6):
    opt.step()
    multi.step()
    lrs.append(multi.get_last_lr()[0])
print(lrs)
opt2 = optim.SGD([p], lr=1.0)
expo = optim.lr_scheduler.ExponentialLR(opt2, gamma=0.9)
for _ in range(5):
    opt2.step()
    expo.step()
print(expo.get_last_lr(), expo.state_dict()["last_epoch"])
