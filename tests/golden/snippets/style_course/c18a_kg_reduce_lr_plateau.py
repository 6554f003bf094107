# ReduceLROnPlateau driven by a validation metric that stops improving
import torch

w = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.Adam([w], lr=0.1)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1)
val_losses = [1.0, 0.8, 0.79, 0.81, 0.80, 0.82, 0.70, 0.71, 0.72]
for epoch, vl in enumerate(val_losses):
    sched.step(vl)
    print(f"epoch {epoch} val {vl:.2f} lr {opt.param_groups[0]['lr']:.4f}")
