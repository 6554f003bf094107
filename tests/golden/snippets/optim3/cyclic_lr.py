import torch
from torch.optim.lr_scheduler import CyclicLR

w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=3, step_size_down=2)
for _ in range(12):
    opt.step()
    sched.step()
    print(sched.get_last_lr(), opt.param_groups[0]["momentum"])
print(sorted(opt.param_groups[0]))
print(sorted(sched.state_dict()))

adam = torch.optim.Adam([w], lr=0.5)
tri2 = CyclicLR(adam, base_lr=[0.001], max_lr=[0.006], step_size_up=2, mode="triangular2", base_momentum=0.7,
                max_momentum=0.95)
for _ in range(9):
    adam.step()
    tri2.step()
    print(tri2.get_last_lr()[0], adam.param_groups[0]["betas"])

sgd = torch.optim.SGD([w], lr=0.1)
exp = CyclicLR(sgd, 0.01, 0.1, step_size_up=2, mode="exp_range", gamma=0.9, cycle_momentum=False)
for _ in range(6):
    sgd.step()
    exp.step()
    print(exp.get_last_lr())
custom = CyclicLR(torch.optim.SGD([w], lr=0.1), 0.01, 0.1, step_size_up=2, scale_fn=lambda x: 0.5 ** x,
                  scale_mode="iterations", cycle_momentum=False)
print(custom.get_last_lr(), custom.scale_mode, custom.state_dict()["_scale_fn_custom"])
for bad in [dict(mode="wavy"), dict(base_lr=[0.1, 0.2])]:
    try:
        CyclicLR(torch.optim.SGD([w], lr=0.1), **{"base_lr": 0.01, "max_lr": 0.1, **bad})
    except ValueError as e:
        print(type(e).__name__, e)
try:
    CyclicLR(torch.optim.Adagrad([w]), 0.01, 0.1)
except ValueError as e:
    print(type(e).__name__, e)
