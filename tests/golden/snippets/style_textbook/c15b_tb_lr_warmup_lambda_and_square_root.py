# Warmup then inverse square root decay, written once as a function and once through LambdaLR.
import torch

def schedule(step, warmup=4, base=1.0):
    if step < warmup:
        return base * (step + 1) / warmup
    return base * (warmup ** 0.5) / ((step + 1) ** 0.5)

w = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([w], lr=0.2)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=schedule)
for step in range(9):
    lr_now = opt.param_groups[0]['lr']
    print(step, f'{lr_now:.6f}', f'{0.2 * schedule(step):.6f}')
    loss = (w ** 2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    sched.step()
print(w)
