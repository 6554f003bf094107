# Section 4.5: backtracking line search (Armijo)
import torch


def f(x):
    return (x * x * torch.tensor([1.0, 25.0], dtype=torch.float64)).sum()


x = torch.tensor([2.0, 1.0], dtype=torch.float64, requires_grad=True)
for it in range(5):
    fx = f(x)
    (g,) = torch.autograd.grad(fx, x)
    t = 1.0
    while f(x.detach() - t * g) > fx.detach() - 0.5 * t * (g * g).sum():
        t *= 0.5
    x = (x.detach() - t * g).requires_grad_()
    print(it, t, f"{f(x).item():.6e}")
