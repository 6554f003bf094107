# CyclicLR triangular policy for an SGD optimizer with momentum cycling
import torch

opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.01, momentum=0.9)
sched = torch.optim.lr_scheduler.CyclicLR(opt, base_lr=0.001, max_lr=0.01, step_size_up=4)
for i in range(10):
    opt.step()
    sched.step()
    g = opt.param_groups[0]
    print(f"{i}: lr={g['lr']:.5f} momentum={g['momentum']:.4f}")
