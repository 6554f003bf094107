# Secant method (no derivatives) on cos(x) - x.
import torch

f = lambda x: torch.cos(x) - x
x0 = torch.tensor(0.0, dtype=torch.float64)
x1 = torch.tensor(1.0, dtype=torch.float64)
for i in range(7):
    x2 = x1 - f(x1) * (x1 - x0) / (f(x1) - f(x0))
    x0, x1 = x1, x2
    print(i, f"{x1.item():.12f}")
print("residual", f(x1).item())
