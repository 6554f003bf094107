# Decaying the learning rate each epoch (scheduler called first)
import torch

w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)
for epoch in range(3):
    sched.step()
    loss = (w ** 2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(opt.param_groups[0]["lr"], 4), w.data)
