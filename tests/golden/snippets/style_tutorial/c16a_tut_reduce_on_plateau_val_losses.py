# ReduceLROnPlateau fed a list of validation losses
import torch

param = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([param], lr=1.0)
plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(
    opt, factor=0.3, patience=1, threshold=0.01, threshold_mode="abs", min_lr=0.05)
val_losses = [1.0, 0.8, 0.79, 0.795, 0.7, 0.7, 0.7, 0.69, 0.5]
for i, val in enumerate(val_losses):
    opt.step()
    plateau.step(val)
    print(f"{i}: val={val} lr={plateau.get_last_lr()} bad={plateau.num_bad_epochs} best={plateau.best}")
