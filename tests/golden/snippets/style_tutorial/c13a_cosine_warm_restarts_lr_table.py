# Fine-tuning with per-group learning rates under CosineAnnealingWarmRestarts(T_0=3, T_mult=2); the lr of both
# groups printed every epoch, with gradient clipping in the loop.
import torch
import torch.nn as nn

torch.manual_seed(63)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.SGD([{"params": model[0].parameters(), "lr": 0.01},
                       {"params": model[2].parameters(), "lr": 0.1}], momentum=0.9)
sched = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2, eta_min=0.001)
x, y = torch.randn(12, 4), torch.randn(12, 1)
for epoch in range(10):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    norm = nn.utils.clip_grad_norm_(model.parameters(), 0.5)
    opt.step()
    sched.step()
    lrs = [round(g["lr"], 6) for g in opt.param_groups]
    print(epoch, lrs, f"{loss.item():.4f}", norm.item() > 0)
print(sched.T_cur, sched.T_i)
