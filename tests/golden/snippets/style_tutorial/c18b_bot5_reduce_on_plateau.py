"""ReduceLROnPlateau lowers the learning rate when the loss stalls."""
import torch

w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1)
fake_val_losses = [1.0, 0.9, 0.95, 0.96, 0.97, 0.5, 0.6, 0.7]
for epoch, val in enumerate(fake_val_losses):
    sched.step(val)
    print(f"epoch {epoch}: val={val} lr={opt.param_groups[0]['lr']}")
