# Course notebook: GPT-style warmup + cosine decay written as a function, applied with LambdaLR
import math
import torch

max_lr, min_lr, warmup_steps, max_steps = 6e-4, 6e-5, 3, 10

def get_lr(it):
    if it < warmup_steps:
        return max_lr * (it + 1) / warmup_steps
    if it > max_steps:
        return min_lr
    decay_ratio = (it - warmup_steps) / (max_steps - warmup_steps)
    coeff = 0.5 * (1.0 + math.cos(math.pi * decay_ratio))
    return min_lr + coeff * (max_lr - min_lr)

p = torch.nn.Parameter(torch.zeros(2))
opt = torch.optim.AdamW([p], lr=max_lr, betas=(0.9, 0.95), eps=1e-8, weight_decay=0.1)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda it: get_lr(it) / max_lr)
for step in range(12):
    print(f"step {step:2d} | lr {opt.param_groups[0]['lr']:.4e} | mine {get_lr(step):.4e}")
    opt.step()
    sched.step()
print(opt.defaults["weight_decay"], opt.param_groups[0]["initial_lr"])
