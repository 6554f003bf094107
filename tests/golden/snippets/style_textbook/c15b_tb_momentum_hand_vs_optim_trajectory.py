# Momentum written by hand on an ill-conditioned quadratic, next to optim.SGD(momentum=...).
import torch

def f(x):
    return 0.1 * x[0] ** 2 + 2 * x[1] ** 2

x_hand = torch.tensor([-5.0, -2.0], requires_grad=True)
v = torch.zeros(2)
lr, beta = 0.4, 0.5
x_opt = torch.tensor([-5.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([x_opt], lr=lr, momentum=beta)
for step in range(6):
    g, = torch.autograd.grad(f(x_hand), x_hand)
    with torch.no_grad():
        v = beta * v + g
        x_hand -= lr * v
    opt.zero_grad()
    f(x_opt).backward()
    opt.step()
    print(step, x_hand.detach(), x_opt.detach(), torch.equal(x_hand, x_opt))
print(opt.state[x_opt]['momentum_buffer'], v)
