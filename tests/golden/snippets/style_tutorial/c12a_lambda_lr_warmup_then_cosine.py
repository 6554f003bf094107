# Learning-rate warmup with LambdaLR followed by cosine decay, printing the schedule.
import math
import torch

model = torch.nn.Linear(2, 1)
opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.01)
warmup, total = 3, 10

def lr_lambda(step):
    if step < warmup:
        return (step + 1) / warmup
    progress = (step - warmup) / (total - warmup)
    return 0.5 * (1 + math.cos(math.pi * progress))

sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda)
print(sched.get_last_lr())
for step in range(total):
    opt.step()
    sched.step()
    print(step, sched.get_last_lr()[0], opt.param_groups[0]["lr"])
print(sched.last_epoch, sched.base_lrs)
print(opt.param_groups[0]["initial_lr"])
sd = sched.state_dict()
print(sorted(sd.keys()))
