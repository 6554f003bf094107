# Learning-rate schedulers explained: cosine vs exponential
import torch

def lrs(make, n=8):
    opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=1.0)
    sched = make(opt)
    out = []
    for _ in range(n):
        out.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return out

cos = lrs(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=8))
exp = lrs(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.7))
for i, (c, e) in enumerate(zip(cos, exp)):
    print(f"{i}  cosine={c:.5f}  exp={e:.5f}")
print(cos)
