# Section 4.5: backtracking line search (Armijo)
import torch


def f(x):
    return (x * x * torch.tensor([1.0, 25.0], dtype=torch.float64)).sum()


x = torch.tensor([2.0, 1.0], dtype=torch.float64, requires_grad=True)
for outer in range(5):
    f_now = f(x)
    (g,) = torch.autograd.grad(f_now, x)
    alpha = 1.0
    while f(x.detach() - alpha * g) > f_now.detach() - 0.5 * alpha * (g * g).sum():
        alpha *= 0.5
    x = (x.detach() - alpha * g).requires_grad_()
    print(outer, alpha, f"{f(x).item():.6e}")
