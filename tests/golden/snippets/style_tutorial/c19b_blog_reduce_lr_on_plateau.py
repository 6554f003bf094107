# Learning-rate schedulers explained: halve the lr when validation stalls
import torch

param = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.Adam([param], lr=0.08)
plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, factor=0.5, patience=1, min_lr=0.02)
history = [0.9, 0.6, 0.61, 0.62, 0.63, 0.5, 0.52, 0.55, 0.58]
for epoch, val in enumerate(history, start=1):
    plateau.step(val)
    lr_now = optimizer.param_groups[0]["lr"]
    print(f"epoch {epoch} val {val:.2f} -> lr {lr_now:.3f}")
print(f"best so far {plateau.best}, bad epochs {plateau.num_bad_epochs}")
