import torch

w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=torch.tensor(0.5))
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.5)
for _ in range(3):
    opt.zero_grad()
    (w * w).sum().backward()
    opt.step()
    sched.step()
    print(opt.param_groups[0]["lr"], w.item())
