# Section 3.4: the secant method
import torch

def f(x):
    return x * x - 3 * x + 1

x0, x1 = torch.tensor(0.0, dtype=torch.float64), torch.tensor(1.0, dtype=torch.float64)
for k in range(7):
    x2 = x1 - f(x1) * (x1 - x0) / (f(x1) - f(x0))
    x0, x1 = x1, x2
    print(k, f"{x1.item():.12f}")
