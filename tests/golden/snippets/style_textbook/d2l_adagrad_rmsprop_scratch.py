# Adagrad and RMSProp written with state tensors, checked against torch.optim on a quadratic.
import math
import torch

def f(x):
    return 0.1 * x[0] ** 2 + 2 * x[1] ** 2

def adagrad_scratch(eta, steps):
    x = torch.tensor([-5.0, -2.0], requires_grad=True)
    s = torch.zeros(2)
    for _ in range(steps):
        f(x).backward()
        with torch.no_grad():
            s += x.grad ** 2
            x -= eta * x.grad / torch.sqrt(s + 1e-10)
        x.grad.zero_()
    return x.detach()

def rmsprop_scratch(eta, gamma, steps):
    x = torch.tensor([-5.0, -2.0], requires_grad=True)
    s = torch.zeros(2)
    for _ in range(steps):
        f(x).backward()
        with torch.no_grad():
            s[:] = gamma * s + (1 - gamma) * x.grad ** 2
            x -= eta * x.grad / (torch.sqrt(s) + 1e-6)
        x.grad.zero_()
    return x.detach()

def with_torch(opt_cls, steps, **kw):
    x = torch.tensor([-5.0, -2.0], requires_grad=True)
    opt = opt_cls([x], **kw)
    for _ in range(steps):
        opt.zero_grad()
        f(x).backward()
        opt.step()
    return x.detach()

print(adagrad_scratch(0.4, 20))
print(with_torch(torch.optim.Adagrad, 20, lr=0.4))
print(rmsprop_scratch(0.4, 0.9, 20))
print(with_torch(torch.optim.RMSprop, 20, lr=0.4, alpha=0.9, eps=1e-6))
print(math.isclose(adagrad_scratch(0.4, 20)[1].item(), with_torch(torch.optim.Adagrad, 20, lr=0.4)[1].item(), abs_tol=1e-5))
