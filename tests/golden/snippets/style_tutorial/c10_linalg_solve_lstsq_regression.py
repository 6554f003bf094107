# Linear regression three ways: normal equations with solve, lstsq, and pinv.
import torch

torch.manual_seed(5)
n = 30
X = torch.randn(n, 2, dtype=torch.float64)
true_w = torch.tensor([2.0, -3.4], dtype=torch.float64)
y = X @ true_w + 4.2 + 0.01 * torch.randn(n, dtype=torch.float64)
A = torch.cat([X, torch.ones(n, 1, dtype=torch.float64)], dim=1)
print(A.shape)
w_solve = torch.linalg.solve(A.T @ A, A.T @ y)
print(w_solve)
res = torch.linalg.lstsq(A, y.unsqueeze(1))
print(type(res).__name__, res.solution.shape)
print(res.solution.squeeze())
w_pinv = torch.linalg.pinv(A) @ y
print(torch.allclose(w_solve, w_pinv), torch.allclose(w_solve, res.solution.squeeze()))
resid = y - A @ w_solve
print(f"rss {resid.pow(2).sum().item():.6e}")
print(torch.linalg.matrix_rank(A), torch.linalg.cond(A.T @ A) > 1)
B = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
b = torch.tensor([9.0, 8.0])
print(torch.linalg.solve(B, b))
try:
    torch.linalg.solve(torch.zeros(2, 2), b)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.linalg.solve(B, torch.ones(3))
except RuntimeError as e:
    print(type(e).__name__, e)
