# polynomial regression with torch.vander and ridge regularisation
import torch
x = torch.tensor([0.0, 0.25, 0.5, 0.75, 1.0], dtype=torch.float64)
y = torch.tensor([1.0, 1.3, 1.9, 2.9, 4.1], dtype=torch.float64)
V = torch.vander(x, N=3, increasing=True)
print(V)
for lam in (0.0, 0.1):
    coef = torch.linalg.solve(V.T @ V + lam * torch.eye(3, dtype=torch.float64), V.T @ y)
    print(lam, coef.tolist())
print(torch.linalg.lstsq(V, y).solution)
