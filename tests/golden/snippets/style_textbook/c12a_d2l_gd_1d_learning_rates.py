# Gradient descent in one dimension: trajectories for small, good and too-large learning rates, nonconvex case.
import torch

def f(x):
    return x ** 2

def gd(eta, f, steps=10, x0=10.0):
    x = torch.tensor(x0, requires_grad=True)
    results = [x.item()]
    for i in range(steps):
        y = f(x)
        (g,) = torch.autograd.grad(y, x)
        with torch.no_grad():
            x -= eta * g
        results.append(x.item())
    print(f"epoch {steps}, x: {results[-1]:f}")
    return results

print(gd(0.2, f))
gd(0.05, f)
print(gd(1.1, f)[-3:])
c = torch.tensor(0.15 * torch.pi)
f2 = lambda x: x * torch.cos(c * x)
print(gd(2, f2))
