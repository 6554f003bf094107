# least-squares polynomial fit with torch.linalg.lstsq (float64, rounded)
import torch

x = torch.linspace(-1, 1, 7, dtype=torch.float64)
y = 1 - 2 * x + 0.5 * x ** 2
V = torch.vander(x, N=3, increasing=True)
print(V[:2])
sol = torch.linalg.lstsq(V, y.unsqueeze(1))
print(sol.solution.squeeze().round(decimals=8))
print(type(sol).__name__, sol.rank, sol.residuals.shape)
