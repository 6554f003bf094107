# Least squares line fit with lstsq and with pinv.
import torch

x = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0], dtype=torch.float64)
y = torch.tensor([1.1, 2.9, 5.2, 7.1, 8.8], dtype=torch.float64)
X = torch.stack([torch.ones_like(x), x], dim=1)
sol = torch.linalg.lstsq(X, y.unsqueeze(1))
print(sol.solution.squeeze())
print(torch.linalg.pinv(X) @ y)
print(sol.solution.shape, type(sol).__name__)
