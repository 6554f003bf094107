# Fitting a quadratic through noisy samples with torch.linalg.lstsq.
import torch

torch.manual_seed(3)
x = torch.linspace(-1, 1, 12, dtype=torch.float64)
y = 0.5 - 1.5 * x + 2.0 * x ** 2 + 0.05 * torch.randn(12, dtype=torch.float64)
A = torch.vander(x, N=3, increasing=True)
print(A[:3])
sol = torch.linalg.lstsq(A, y.unsqueeze(1))
print(sol.solution.squeeze().round(decimals=4))
print(sol.rank, sol.residuals.shape)
