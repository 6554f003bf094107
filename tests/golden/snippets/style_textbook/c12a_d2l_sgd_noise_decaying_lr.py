# Stochastic gradient descent: noisy gradients on a 2-D quadratic with constant, exponential and polynomial lr.
import math
import torch

def f_grad(x1, x2):
    return 2 * x1, 4 * x2

def sgd(x1, x2, eta, gen):
    g1, g2 = f_grad(x1, x2)
    g1 += torch.normal(0.0, 1, (1,), generator=gen).item()
    g2 += torch.normal(0.0, 1, (1,), generator=gen).item()
    return x1 - eta * g1, x2 - eta * g2

for name, lr in [("constant", lambda t: 1.0),
                 ("exponential", lambda t: math.exp(-0.1 * t)),
                 ("polynomial", lambda t: (1 + 0.1 * t) ** (-0.5))]:
    gen = torch.Generator().manual_seed(0)
    x1, x2 = -5.0, -2.0
    for t in range(50):
        x1, x2 = sgd(x1, x2, 0.1 * lr(t), gen)
    print(f"{name:12s} x1: {x1:f}, x2: {x2:f}, f: {x1 ** 2 + 2 * x2 ** 2:f}")
torch.manual_seed(0)
x = torch.tensor([-5.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([x], lr=0.1)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=math.exp(-0.1))
for t in range(50):
    opt.zero_grad()
    loss = x[0] ** 2 + 2 * x[1] ** 2 + (x * torch.randn(2)).sum()
    loss.backward()
    opt.step()
    sched.step()
print(x.detach(), sched.get_last_lr())
