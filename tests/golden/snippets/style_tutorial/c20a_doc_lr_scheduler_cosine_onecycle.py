# CosineAnnealingLR, OneCycleLR, LambdaLR and ReduceLROnPlateau
import torch

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
cos = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=4, eta_min=0.01)
lrs = []
for _ in range(6):
    opt.step()
    cos.step()
    lrs.append(round(cos.get_last_lr()[0], 6))
print(lrs)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
oc = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.5, total_steps=6)
print([round(g['lr'], 6) for g in opt.param_groups])
opt = torch.optim.SGD([w], lr=1.0)
lam = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=lambda epoch: 0.95 ** epoch)
opt.step(); lam.step(); opt.step(); lam.step()
print(lam.get_last_lr())
opt = torch.optim.SGD([w], lr=1.0)
plat = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode='min', patience=1, factor=0.5)
for val_loss in [1.0, 1.0, 1.0, 1.0, 0.5]:
    plat.step(val_loss)
print(opt.param_groups[0]['lr'])
