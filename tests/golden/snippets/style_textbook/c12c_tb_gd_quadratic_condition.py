# Optimization chapter: gradient descent on an ill-conditioned quadratic.
import torch

def run(kappa, lr, steps=20):
    A = torch.diag(torch.tensor([1.0, kappa], dtype=torch.float64))
    x = torch.tensor([1.0, 1.0], dtype=torch.float64, requires_grad=True)
    for _ in range(steps):
        f = 0.5 * x @ A @ x
        g, = torch.autograd.grad(f, x)
        with torch.no_grad():
            x -= lr * g
    return f.item(), x.detach()

for kappa in (1.0, 10.0, 100.0):
    lr = 1.0 / kappa
    f, x = run(kappa, lr)
    print(kappa, lr, f, x)
print(run(10.0, 0.21, 5))
