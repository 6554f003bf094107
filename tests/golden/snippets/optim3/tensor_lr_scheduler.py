import torch
from torch.optim.lr_scheduler import ExponentialLR, ReduceLROnPlateau, StepLR

# A scheduler fills a tensor lr in place: the tensor the learner passed changes too.
w = torch.zeros(2, requires_grad=True)
lr = torch.tensor(0.1)
opt = torch.optim.SGD([w], lr=lr, momentum=0.9)
sched = StepLR(opt, step_size=2, gamma=0.3)
first = sched.get_last_lr()
for epoch in range(5):
    w.grad = torch.ones(2)
    opt.step()
    sched.step()
    print(epoch, opt.param_groups[0]["lr"], lr, opt.param_groups[0]["lr"] is lr, sched.get_last_lr())
print(first, opt.param_groups[0]["initial_lr"], w.tolist())

lr = torch.tensor([0.05])
opt = torch.optim.Adam([w], lr=lr)
sched = ExponentialLR(opt, gamma=0.9)
for epoch in range(3):
    opt.step()
    sched.step()
print(lr, [v.item() for v in sched.get_last_lr()], sched.base_lrs)

opt = torch.optim.SGD([w], lr=torch.tensor(0.2))
plateau = ReduceLROnPlateau(opt, patience=0, factor=0.5)
for epoch in range(4):
    plateau.step(1.0)
    print(epoch, opt.param_groups[0]["lr"], plateau.get_last_lr())
