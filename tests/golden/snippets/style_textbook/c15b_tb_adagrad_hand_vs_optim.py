# Adagrad by hand: per-coordinate state accumulates squared gradients; compare to optim.Adagrad.
import torch

def f(x):
    return 0.1 * x[0] ** 2 + 2 * x[1] ** 2

eta, eps = 0.4, 1e-10
x1 = torch.tensor([-5.0, -2.0], requires_grad=True)
s = torch.zeros(2)
x2 = torch.tensor([-5.0, -2.0], requires_grad=True)
opt = torch.optim.Adagrad([x2], lr=eta, eps=eps)
for t in range(5):
    f(x1).backward()
    with torch.no_grad():
        s += x1.grad ** 2
        x1 -= eta * x1.grad / torch.sqrt(s + eps)
    x1.grad.zero_()
    opt.zero_grad()
    f(x2).backward()
    opt.step()
    print(f'step {t + 1}: {x1.tolist()} {x2.tolist()}')
print(opt.state[x2]['sum'], s)
print((x1 - x2).abs().max())
