# Quiz C16: linear warm-up with LambdaLR
import torch

p = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.Adam([p], lr=0.01)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=lambda step: min(1.0, (step + 1) / 4))
print(opt.param_groups[0]["lr"])
for _ in range(5):
    opt.step()
    sched.step()
    print(sched.last_epoch, opt.param_groups[0]["lr"])
