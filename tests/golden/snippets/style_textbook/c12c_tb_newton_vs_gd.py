# Optimization chapter: Newton's method vs gradient descent in 2D.
import torch

def f(x):
    return x[0] ** 4 + x[0] * x[1] + (1 + x[1]) ** 2

x = torch.tensor([0.75, 0.0], dtype=torch.float64)
for i in range(6):
    H = torch.autograd.functional.hessian(f, x)
    g = torch.autograd.functional.jacobian(f, x)
    x = x - torch.linalg.solve(H, g)
    print(i, x.tolist(), f(x).item())
y = torch.tensor([0.75, 0.0], dtype=torch.float64, requires_grad=True)
for i in range(6):
    loss = f(y)
    g, = torch.autograd.grad(loss, y)
    with torch.no_grad():
        y -= 0.1 * g
print(y.detach().tolist(), f(y).item())
