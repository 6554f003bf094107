import torch
from torch.optim import lr_scheduler

w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
s1 = lr_scheduler.ConstantLR(opt, factor=0.1, total_iters=2)
s2 = lr_scheduler.ExponentialLR(opt, gamma=0.9)
chain = lr_scheduler.ChainedScheduler([s1, s2])
print(type(chain).__name__, chain.get_last_lr(), chain.optimizer is opt)
for epoch in range(5):
    w.grad = torch.ones(2)
    opt.step()
    chain.step()
    print(epoch, chain.get_last_lr(), s1.last_epoch, s2.last_epoch, opt.param_groups[0]["lr"])
sd = chain.state_dict()
print(sorted(sd), len(sd["_schedulers"]), sd["_last_lr"])
print(sd["_schedulers"][1])

opt2 = torch.optim.SGD([w], lr=1.0)
t1 = lr_scheduler.ConstantLR(opt2, factor=0.1, total_iters=2)
t2 = lr_scheduler.ExponentialLR(opt2, gamma=0.9)
chain2 = lr_scheduler.ChainedScheduler([t1, t2], optimizer=opt2)
chain2.load_state_dict(sd)
print(chain2.get_last_lr(), t1.last_epoch, t2.last_epoch)

warm = lr_scheduler.LinearLR(opt2, start_factor=0.5, total_iters=3)
cos = lr_scheduler.CosineAnnealingLR(opt2, T_max=4)
both = lr_scheduler.ChainedScheduler([warm, cos])
lrs = []
for _ in range(6):
    opt2.step()
    both.step()
    lrs.append(round(both.get_last_lr()[0], 6))
print(lrs)

other = torch.optim.Adam([torch.zeros(1, requires_grad=True)])
bad_cases = [
    lambda: lr_scheduler.ChainedScheduler([]),
    lambda: lr_scheduler.ChainedScheduler([s1, lr_scheduler.StepLR(other, 2)]),
    lambda: lr_scheduler.ChainedScheduler([s1, lr_scheduler.ReduceLROnPlateau(opt)]),
    lambda: lr_scheduler.ChainedScheduler([s1, "not a scheduler"]),
]
for case in bad_cases:
    try:
        case()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).replace(repr(other), "<adam>").split(" has ")[0])
