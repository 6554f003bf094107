# LambdaLR with a linear-warmup-then-cosine multiplier written with math, per step, two param groups.
import math
import torch

def warmup_cosine(warmup, total):
    def f(step):
        if step < warmup:
            return (step + 1) / warmup
        progress = (step - warmup) / max(1, total - warmup)
        return 0.5 * (1.0 + math.cos(math.pi * progress))
    return f

w1 = torch.nn.Parameter(torch.zeros(2))
w2 = torch.nn.Parameter(torch.zeros(2))
opt = torch.optim.AdamW([{"params": [w1], "lr": 1e-3}, {"params": [w2], "lr": 5e-4}])
sched = torch.optim.lr_scheduler.LambdaLR(opt, [warmup_cosine(3, 10), lambda s: 0.9 ** s])
for step in range(10):
    opt.step()
    sched.step()
    print(step, [f"{lr:.6f}" for lr in sched.get_last_lr()])
print(sched.state_dict()["lr_lambdas"], sched.base_lrs)
print(opt.param_groups[0]["initial_lr"], opt.param_groups[1]["weight_decay"])
