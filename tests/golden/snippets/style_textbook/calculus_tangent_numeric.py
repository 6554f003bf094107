# Numerical limit of (f(x+h) - f(x)) / h at x = 1 for f(x) = 3x^2 - 4x.
import numpy as np
import torch

def f(x):
    return 3 * x ** 2 - 4 * x

for h in 10.0 ** np.arange(-1, -6, -1):
    print(f'h={h:.5f}, numerical limit={(f(1 + h) - f(1)) / h:.5f}')
x = torch.tensor(1.0, requires_grad=True)
f(x).backward()
print(x.grad)
xs = torch.arange(0, 3, 0.5)
print(xs, 2 * xs - 3)
