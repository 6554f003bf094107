# ReduceLROnPlateau driven by a validation metric, PolynomialLR, and SequentialLR stitching two schedules.
import torch

p = [torch.nn.Parameter(torch.zeros(1))]
opt = torch.optim.SGD(p, lr=1.0)
plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1, threshold=0.01)
val_losses = [1.0, 0.9, 0.89, 0.895, 0.9, 0.7, 0.71, 0.72, 0.73]
for epoch, v in enumerate(val_losses):
    opt.step()
    plateau.step(v)
    print(epoch, v, opt.param_groups[0]["lr"], plateau.num_bad_epochs, plateau.best)
opt = torch.optim.SGD(p, lr=0.5)
poly = torch.optim.lr_scheduler.PolynomialLR(opt, total_iters=4, power=2.0)
lrs = []
for _ in range(6):
    lrs.append(round(poly.get_last_lr()[0], 6))
    opt.step()
    poly.step()
print(lrs)
opt = torch.optim.SGD(p, lr=0.1)
warm = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=3)
decay = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)
seq = torch.optim.lr_scheduler.SequentialLR(opt, schedulers=[warm, decay], milestones=[3])
out = []
for _ in range(7):
    out.append(round(opt.param_groups[0]["lr"], 6))
    opt.step()
    seq.step()
print(out)
