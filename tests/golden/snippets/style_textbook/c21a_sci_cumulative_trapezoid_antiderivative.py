# cumulative_trapezoid builds a running integral of cos, which should track sin.
import torch

x = torch.linspace(0, 3, 7)
y = torch.cos(x)
F = torch.cumulative_trapezoid(y, x)
print(F.shape)
print(F.round(decimals=4))
print(torch.sin(x[1:]).round(decimals=4))
print(torch.cumulative_trapezoid(torch.ones(2, 4), dim=1))
