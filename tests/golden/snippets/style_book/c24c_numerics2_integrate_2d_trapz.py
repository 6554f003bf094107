# Section 10.6: double integral by nested trapezoid rules
import torch

x = torch.linspace(0, 1, 5, dtype=torch.float64)
y = torch.linspace(0, 2, 9, dtype=torch.float64)
X, Y = torch.meshgrid(x, y, indexing="ij")
F = X * Y
inner = torch.trapezoid(F, y, dim=1)
print(inner)
print(torch.trapezoid(inner, x).item())
print(X.shape, torch.meshgrid(x[:2], y[:3], indexing="xy")[0].shape)
