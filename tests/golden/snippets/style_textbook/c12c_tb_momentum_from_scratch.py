# Optimization chapter: momentum and Adagrad from scratch vs torch.optim.
import torch

def objective(x):
    return 0.1 * x[0] ** 2 + 2 * x[1] ** 2

def scratch_momentum(steps, lr, beta):
    x = torch.tensor([-5.0, -2.0], requires_grad=True)
    v = torch.zeros(2)
    for _ in range(steps):
        g, = torch.autograd.grad(objective(x), x)
        v = beta * v + g
        x = (x - lr * v).detach().requires_grad_()
    return x.detach()

def torch_opt(cls, steps, **kw):
    x = torch.tensor([-5.0, -2.0], requires_grad=True)
    opt = cls([x], **kw)
    for _ in range(steps):
        opt.zero_grad()
        objective(x).backward()
        opt.step()
    return x.detach()

print(scratch_momentum(10, 0.4, 0.5))
print(torch_opt(torch.optim.SGD, 10, lr=0.4, momentum=0.5))
print(torch_opt(torch.optim.Adagrad, 10, lr=0.4))
print(torch_opt(torch.optim.RMSprop, 10, lr=0.01, alpha=0.9))
print(torch_opt(torch.optim.Adadelta, 10, lr=1.0))
print(torch_opt(torch.optim.Adamax, 10, lr=0.2))
print(torch_opt(torch.optim.NAdam, 10, lr=0.2))
