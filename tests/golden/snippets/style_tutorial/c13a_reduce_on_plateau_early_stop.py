# ReduceLROnPlateau halves the lr when the validation loss stalls; training stops when lr gets tiny.
import torch

torch.manual_seed(35)
model = torch.nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1, min_lr=1e-3)
val_losses = [1.0, 0.8, 0.79, 0.795, 0.81, 0.80, 0.6, 0.61, 0.62, 0.63, 0.64, 0.65, 0.66]
for epoch, v in enumerate(val_losses):
    sched.step(v)
    lr = opt.param_groups[0]["lr"]
    print(epoch, v, lr, sched.num_bad_epochs)
    if lr <= 1e-3 + 1e-12:
        print("stopping: lr at minimum")
        break
print(sched.best, sched.get_last_lr())
print(sorted(k for k in sched.state_dict() if not k.startswith("_")))
