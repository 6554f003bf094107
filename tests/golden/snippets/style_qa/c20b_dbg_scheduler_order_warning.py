# calling scheduler.step() before optimizer.step()
import torch

torch.manual_seed(43)
w = torch.nn.Parameter(torch.ones(1))
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
for epoch in range(3):
    sched.step()
    (w * 2).sum().backward()
    opt.step()
    opt.zero_grad()
    print(epoch, sched.get_last_lr(), w.item())
