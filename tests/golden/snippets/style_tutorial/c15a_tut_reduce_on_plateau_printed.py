# ReduceLROnPlateau driven by a validation loss that stops improving
import torch
from torch.optim.lr_scheduler import ReduceLROnPlateau

w = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.Adam([w], lr=0.01)
plateau = ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1, threshold=0.01)
val_losses = [1.0, 0.8, 0.79, 0.795, 0.7, 0.7, 0.7, 0.69, 0.71]
for epoch, vl in enumerate(val_losses):
    opt.step()
    plateau.step(vl)
    print(f"epoch {epoch}: val {vl:.3f} lr {opt.param_groups[0]['lr']} bad_epochs {plateau.num_bad_epochs} best {plateau.best}")
print(plateau.get_last_lr(), plateau.cooldown_counter)
