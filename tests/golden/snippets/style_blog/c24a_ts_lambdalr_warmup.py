# Linear warm-up with LambdaLR, then constant
import torch

model = torch.nn.Linear(2, 1)
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
warmup = 3
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: min(1.0, (step + 1) / warmup))
lrs = []
for step in range(5):
    lrs.append(sched.get_last_lr()[0])
    opt.step()
    sched.step()
print(lrs)
print(sched.lr_lambdas[0](10))
print(sched.base_lrs)
print('lr_lambdas' in sched.state_dict())
