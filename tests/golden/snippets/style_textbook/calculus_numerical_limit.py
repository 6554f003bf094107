# The derivative of f(x) = 3x^2 - 4x at 1 by shrinking h, then by autograd.
import torch

def f(x):
    return 3 * x ** 2 - 4 * x

for h in 10.0**torch.arange(-1, -6, -1):
    print(f'h={h:.5f}, numerical limit={(f(1+h)-f(1))/h:.5f}')
x = torch.tensor(1.0, requires_grad=True)
f(x).backward()
print(x.grad)
xd = torch.tensor(1.0, dtype=torch.float64)
print([((f(xd + h) - f(xd)) / h).item() for h in (1e-3, 1e-6)])
