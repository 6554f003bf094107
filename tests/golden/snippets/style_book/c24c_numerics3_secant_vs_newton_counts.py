# Section 3.12: iterations to converge, Newton vs secant
import torch


def f(x):
    return x * x * x - 2 * x - 5


def fp(x):
    return 3 * x * x - 2


x = torch.tensor(2.0, dtype=torch.float64)
newton = 0
while abs(f(x).item()) > 1e-12:
    x = x - f(x) / fp(x)
    newton += 1
p0, p1 = torch.tensor(2.0, dtype=torch.float64), torch.tensor(3.0, dtype=torch.float64)
secant = 0
while abs(f(p1).item()) > 1e-12:
    p0, p1 = p1, p1 - f(p1) * (p1 - p0) / (f(p1) - f(p0))
    secant += 1
print(newton, secant, f"{x.item():.12f}", f"{p1.item():.12f}")
