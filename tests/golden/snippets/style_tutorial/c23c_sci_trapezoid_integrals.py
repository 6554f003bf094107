# Numerical integration: trapezoid rule for x^2 on [0, 1] at several resolutions.
import torch

for n in [3, 5, 11, 101]:
    x = torch.linspace(0, 1, n, dtype=torch.float64)
    val = torch.trapezoid(x ** 2, x)
    print(n, f"{val.item():.8f}", f"{abs(val.item() - 1 / 3):.2e}")
y = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64)
print(torch.trapezoid(y), torch.trapezoid(y, dx=0.5))
print(torch.trapz(y, dx=2.0))
print(torch.trapezoid(torch.ones(2, 3, dtype=torch.float64), dim=0))
