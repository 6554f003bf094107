# Gradient descent with an exponential learning-rate decay on an ill-conditioned quadratic.
import torch

x = torch.tensor([5.0, 5.0], requires_grad=True)
scale = torch.tensor([1.0, 20.0])
opt = torch.optim.SGD([x], lr=0.09)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)
for epoch in range(6):
    opt.zero_grad()
    f = (scale * x ** 2).sum() / 2
    f.backward()
    opt.step()
    sched.step()
    print(epoch, round(f.item(), 4), [round(v, 4) for v in x.tolist()], round(sched.get_last_lr()[0], 5))
