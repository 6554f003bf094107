# Gradient descent on f(x) = x^2 and a nonconvex f with several learning rates, then Newton's method.
import torch

def gd(eta, f_grad, x=10.0, steps=10):
    results = [x]
    for _ in range(steps):
        x -= eta * f_grad(x)
        results.append(float(x))
    return results

f_grad = lambda x: 2 * x
for eta in (0.05, 0.2, 1.1):
    res = gd(eta, f_grad)
    print(f"eta {eta}: epoch 10, x: {res[-1]:f}")

c = torch.tensor(0.15 * torch.pi)
f = lambda x: x * torch.cos(c * x)
f_grad2 = lambda x: torch.cos(c * x) - c * x * torch.sin(c * x)
print([round(float(v), 5) for v in gd(2.0, f_grad2, x=torch.tensor(10.0), steps=5)])
x = torch.tensor(10.0, requires_grad=True)
for _ in range(3):
    y = f(x)
    (g,) = torch.autograd.grad(y, x, create_graph=True)
    (h,) = torch.autograd.grad(g, x)
    with torch.no_grad():
        x -= g / h
    print(float(x), float(g), float(h))
cosh_x = torch.tensor(10.0, dtype=torch.float64)
for _ in range(6):
    cosh_x = cosh_x - torch.sinh(cosh_x) / torch.cosh(cosh_x)
    print(f"{cosh_x.item():.10f}")
