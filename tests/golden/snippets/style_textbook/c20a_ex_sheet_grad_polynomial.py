# Autograd sheet, task 1: derivative of f(x) = 3x^3 - 2x + 1 at x = 2; compare with the formula
import torch

x = torch.tensor(2.0, requires_grad=True)
f = 3 * x ** 3 - 2 * x + 1
f.backward()
print(f, x.grad)
print(9 * 2.0 ** 2 - 2)
xs = torch.linspace(-1, 1, 5, requires_grad=True)
(3 * xs ** 3 - 2 * xs + 1).sum().backward()
print(xs.grad)
