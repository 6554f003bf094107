# Section 2.6: Richardson extrapolation of a central difference
import torch


def f(x):
    return x * x * x * x


def central(x, h):
    return (f(x + h) - f(x - h)) / (2 * h)


x = torch.tensor(1.0, dtype=torch.float64)
for h in (0.1, 0.05):
    d1 = central(x, h)
    d2 = central(x, h / 2)
    rich = (4 * d2 - d1) / 3
    print(h, f"{d1.item():.10f}", f"{rich.item():.10f}")
