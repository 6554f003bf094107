# Calculus chapter: the difference quotient of f(x) = 2x^3 - x approaches f'(1) = 5 as h shrinks.
import torch

def f(x):
    return 2 * x ** 3 - x

h = 0.1
for i in range(6):
    print(f'h={h:.6f}, numerical limit={(f(1 + h) - f(1)) / h:.6f}')
    h *= 0.1
x = torch.tensor(1.0, requires_grad=True)
f(x).backward()
print(x.grad)
for dtype in (torch.float32, torch.float64):
    t = torch.tensor(1.0, dtype=dtype)
    hs = torch.tensor([1e-2, 1e-4, 1e-6], dtype=dtype)
    print(dtype, (f(t + hs) - f(t)) / hs)
xs = torch.linspace(-1, 1, 5, requires_grad=True)
f(xs).sum().backward()
print(xs.grad, 6 * xs.detach() ** 2 - 1)
