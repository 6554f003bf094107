# Root-finding chapter: bisection vs Newton's method (derivative from autograd) for x^3 - 2x - 5 = 0.
import torch

def f(x):
    return x ** 3 - 2 * x - 5

lo, hi = torch.tensor(2.0, dtype=torch.float64), torch.tensor(3.0, dtype=torch.float64)
for i in range(12):
    mid = (lo + hi) / 2
    if f(lo) * f(mid) <= 0:
        hi = mid
    else:
        lo = mid
    if i % 3 == 2:
        print("bisect", i, mid.item(), (hi - lo).item())
x = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
for i in range(6):
    y = f(x)
    d, = torch.autograd.grad(y, x)
    with torch.no_grad():
        x -= y / d
    print("newton", i, x.item(), abs(f(x).item()))
print(f(x.detach()))
x32 = torch.tensor(2.0)
for i in range(6):
    x32 = x32 - f(x32) / (3 * x32 ** 2 - 2)
print(x32.item(), f(x32).item())
