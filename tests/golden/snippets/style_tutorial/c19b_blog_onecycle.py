# Learning-rate schedulers explained: OneCycleLR
import torch

opt = torch.optim.SGD(torch.nn.Linear(2, 2).parameters(), lr=0.01, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=10)
for step in range(10):
    g = opt.param_groups[0]
    print(f"step {step}: lr={g['lr']:.6f} momentum={g['momentum']:.4f}")
    opt.step()
    sched.step()
