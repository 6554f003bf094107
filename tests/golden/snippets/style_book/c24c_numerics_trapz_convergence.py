# Section 10.3: error of the trapezoidal rule as n grows
import torch

exact = 1.0 / 4
for n in [3, 5, 9, 17, 33]:
    x = torch.linspace(0, 1, n, dtype=torch.float64)
    approx = torch.trapezoid(x * x * x, x).item()
    print(n, f"{approx:.10f}", f"{abs(approx - exact):.3e}")
