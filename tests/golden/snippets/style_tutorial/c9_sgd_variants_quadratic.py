# SGD variants on the same quadratic: plain, momentum, dampening, nesterov, weight decay, maximize.
import torch

def run(**kwargs):
    p = torch.tensor([2.0, -3.0], requires_grad=True)
    opt = torch.optim.SGD([p], lr=0.1, **kwargs)
    for _ in range(6):
        opt.zero_grad()
        loss = (p[0] ** 2 + 5 * p[1] ** 2)
        loss.backward()
        opt.step()
    return p.detach()

print("plain    ", run())
print("momentum ", run(momentum=0.9))
print("dampening", run(momentum=0.9, dampening=0.5))
print("nesterov ", run(momentum=0.9, nesterov=True))
print("wd       ", run(weight_decay=0.1))
print("maximize ", run(maximize=True))
try:
    run(nesterov=True)
except ValueError as e:
    print("ValueError:", e)
try:
    torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=-1)
except ValueError as e:
    print("ValueError:", e)
opt = torch.optim.SGD([torch.zeros(2, requires_grad=True)], lr=0.1, momentum=0.5)
print(opt)
