# least squares polynomial fit with torch.linalg.lstsq
import torch
torch.manual_seed(7)
x = torch.linspace(-1, 1, 12)
y = 0.5 - 2 * x + 3 * x ** 2 + 0.05 * torch.randn(12)
A = torch.stack([torch.ones_like(x), x, x ** 2], dim=1)
sol = torch.linalg.lstsq(A, y.unsqueeze(1))
print(sol.solution.squeeze())
print(sol.residuals, sol.rank, sol.singular_values)
print(type(sol).__name__)
