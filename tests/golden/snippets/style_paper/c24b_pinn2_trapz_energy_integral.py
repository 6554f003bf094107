# integrating an energy density over the domain with trapezoid (float64)
import math
import torch

x = torch.linspace(0, math.pi, 101, dtype=torch.float64)
u = torch.sin(x)
print(round(torch.trapezoid(u, x).item(), 6))
print(round(torch.trapezoid(u ** 2, dx=(x[1] - x[0]).item()).item(), 6))
print(torch.cumulative_trapezoid(u, x).shape)
print(round(torch.trapz(u, x).item(), 6))
