# Polynomial regression by least squares: torch.vander features, linalg.lstsq, and a closed-form check.
import torch

torch.manual_seed(0)
x = torch.linspace(-1, 1, 25, dtype=torch.float64)
y = 0.5 - 2 * x + 3 * x ** 3 + 0.05 * torch.randn(25, dtype=torch.float64)
for degree in (1, 3, 6):
    A = torch.vander(x, N=degree + 1, increasing=True)
    sol = torch.linalg.lstsq(A, y.unsqueeze(1))
    coef = sol.solution.squeeze(1)
    resid = ((A @ coef - y) ** 2).mean()
    print(degree, A.shape, coef, f"{resid.item():.6f}")
A = torch.vander(x, N=4, increasing=True)
normal = torch.linalg.solve(A.T @ A, A.T @ y)
print(normal)
print(torch.linalg.pinv(A) @ y)
print(torch.vander(torch.tensor([1, 2, 3])))
print(torch.linalg.matrix_rank(A), torch.linalg.cond(A))
