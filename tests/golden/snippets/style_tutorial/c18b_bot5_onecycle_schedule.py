"""The OneCycle learning-rate policy, printed for each step."""
import torch

param = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([param], lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1.0, total_steps=8)
for step in range(8):
    opt.step()
    print(f"{step}: lr={opt.param_groups[0]['lr']:.6f} momentum={opt.param_groups[0]['momentum']:.4f}")
    sched.step()
