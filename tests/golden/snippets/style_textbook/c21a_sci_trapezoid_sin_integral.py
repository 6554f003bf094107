# Trapezoid rule for the integral of sin on [0, pi] (exact value 2).
import math
import torch

for n in [5, 9, 17, 33]:
    x = torch.linspace(0, math.pi, n, dtype=torch.float64)
    I = torch.trapezoid(torch.sin(x), x)
    print(n, f"{I.item():.10f}", f"{abs(I.item() - 2):.2e}")
print(torch.trapezoid(torch.tensor([1.0, 2.0, 3.0]), dx=0.5))
