import torch


def run(**kw):
    w = torch.tensor([5.0, -3.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.05, **kw)
    for _ in range(10):
        opt.zero_grad()
        (w[0] ** 2 + 10 * w[1] ** 2).backward()
        opt.step()
    return w.detach()


print("plain   ", run())
print("momentum", run(momentum=0.9))
print("nesterov", run(momentum=0.9, nesterov=True))
print("dampened", run(momentum=0.9, dampening=0.5))
try:
    run(nesterov=True)
except ValueError as e:
    print(e)
