# d2l optimisation: Newton's method on convex and nonconvex 1-D functions with autograd second derivatives.
import torch

def newton(f, x0, eta=1.0, steps=6):
    x = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    for i in range(steps):
        y = f(x)
        (g,) = torch.autograd.grad(y, x, create_graph=True)
        (h,) = torch.autograd.grad(g, x)
        with torch.no_grad():
            x -= eta * g / h
        print(f"epoch {i + 1}, x: {x.item():.10f}, f: {f(x).item():.10f}")
    return x

c = torch.tensor(0.5, dtype=torch.float64)
f = lambda x: torch.cosh(c * x)
newton(f, 10.0)
c2 = torch.tensor(0.15 * torch.pi, dtype=torch.float64)
g = lambda x: x * torch.cos(c2 * x)
newton(g, 10.0)
newton(g, 10.0, eta=0.5)
h = lambda x: x ** 4 - 3 * x ** 2 + x
newton(h, 2.0, steps=4)
