# PolynomialLR and ConstantLR traces, chained with ChainedScheduler
import torch

def trace(make, n=6):
    opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
    sched = make(opt)
    out = []
    for _ in range(n):
        out.append(round(opt.param_groups[0]["lr"], 6))
        opt.step()
        sched.step()
    return out

print(trace(lambda o: torch.optim.lr_scheduler.PolynomialLR(o, total_iters=4, power=2.0)))
print(trace(lambda o: torch.optim.lr_scheduler.ConstantLR(o, factor=0.5, total_iters=2)))
print(trace(lambda o: torch.optim.lr_scheduler.ChainedScheduler([
    torch.optim.lr_scheduler.ConstantLR(o, factor=0.5, total_iters=2),
    torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9)])))
