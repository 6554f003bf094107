# Optimization chapter: backtracking (Armijo) line search.
import torch

def f(x):
    return (x[0] - 1) ** 2 + 10 * (x[1] + 2) ** 2

x = torch.tensor([5.0, 5.0], dtype=torch.float64, requires_grad=True)
for it in range(5):
    fx = f(x)
    g, = torch.autograd.grad(fx, x)
    t = 1.0
    while f(x.detach() - t * g) > fx.detach() - 0.5 * t * g.dot(g):
        t *= 0.5
    with torch.no_grad():
        x -= t * g
    print(it, t, x.tolist(), f(x).item())
