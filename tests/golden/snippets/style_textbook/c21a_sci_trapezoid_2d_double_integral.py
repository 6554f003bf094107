# A double integral by nested trapezoid rules over a grid (meshgrid with indexing='ij').
import torch

x = torch.linspace(0, 1, 41, dtype=torch.float64)
y = torch.linspace(0, 2, 81, dtype=torch.float64)
X, Y = torch.meshgrid(x, y, indexing="ij")
Z = X ** 2 * Y
inner = torch.trapezoid(Z, y, dim=1)
total = torch.trapezoid(inner, x)
print(X.shape, inner.shape)
print(f"{total.item():.6f}  exact {2 / 3:.6f}")
