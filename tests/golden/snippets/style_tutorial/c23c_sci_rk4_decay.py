# Classic RK4 for y' = -2y, compared to the exact exp(-2t), errors by step size.
import math
import torch

def rk4(f, y, t, h):
    k1 = f(t, y)
    k2 = f(t + h / 2, y + h / 2 * k1)
    k3 = f(t + h / 2, y + h / 2 * k2)
    k4 = f(t + h, y + h * k3)
    return y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)

f = lambda t, y: -2 * y
for n in [5, 10, 20]:
    y, h = torch.tensor([1.0], dtype=torch.float64), 1.0 / n
    for i in range(n):
        y = rk4(f, y, i * h, h)
    print(n, f"{abs(y.item() - math.exp(-2)):.3e}")
