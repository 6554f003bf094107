# Section 10.1: the trapezoidal rule
import torch

x = torch.linspace(0, 1, 11, dtype=torch.float64)
y = x * x
print(torch.trapezoid(y, x))
print(torch.trapz(y, x))
print(torch.trapezoid(y, dx=0.1))
print(torch.trapezoid(torch.tensor([1.0, 2.0, 3.0])))
print(torch.trapezoid(torch.ones(2, 3), dim=0))
