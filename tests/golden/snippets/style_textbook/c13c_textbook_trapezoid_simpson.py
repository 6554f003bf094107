import math
import torch

f = lambda x: torch.exp(-x ** 2)
exact = math.sqrt(math.pi) / 2 * math.erf(1.0)
print("exact integral on [0,1]:", exact)
for n in [4, 8, 16, 32]:
    x = torch.linspace(0, 1, n + 1, dtype=torch.float64)
    y = f(x)
    h = 1.0 / n
    trap_hand = h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2)
    trap_lib = torch.trapezoid(y, x)
    simpson = h / 3 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1])
    print(f"n={n:2d} trap={trap_lib.item():.12f} same={torch.isclose(trap_hand, trap_lib).item()} "
          f"simpson err={abs(simpson.item() - exact):.2e}")
print(torch.cumulative_trapezoid(f(torch.linspace(0, 1, 5, dtype=torch.float64)), dx=0.25))
