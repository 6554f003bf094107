# Exercise: fit y = 2x + 1 with the normal equations and with lstsq
import torch

torch.manual_seed(0)
x = torch.linspace(0, 1, 20, dtype=torch.float64)
y = 2 * x + 1 + 0.05 * torch.randn(20, dtype=torch.float64)
X = torch.stack([x, torch.ones_like(x)], dim=1)
w = torch.linalg.inv(X.T @ X) @ X.T @ y
print(w)
print(torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze())
print(((X @ w - y) ** 2).mean())
