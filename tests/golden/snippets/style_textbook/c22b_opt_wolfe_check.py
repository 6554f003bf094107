import torch


def f(x):
    return x[0] ** 4 + x[0] * x[1] + (1 + x[1]) ** 2


x0 = torch.tensor([0.75, -1.25], requires_grad=True)
f0 = f(x0)
g0, = torch.autograd.grad(f0, x0)
d = -g0
c1, c2 = 1e-4, 0.9
for t in [1.0, 0.5, 0.25, 0.125]:
    x1 = (x0.detach() + t * d).requires_grad_()
    f1 = f(x1)
    g1, = torch.autograd.grad(f1, x1)
    armijo = bool(f1 <= f0 + c1 * t * (g0 @ d))
    curv = bool(g1 @ d >= c2 * (g0 @ d))
    print(t, round(f1.item(), 5), armijo, curv)
