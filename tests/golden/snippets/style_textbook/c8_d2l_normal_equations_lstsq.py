# Linear regression in closed form: the normal equations, torch.linalg.lstsq, and the gradient-descent answer.
import torch

torch.manual_seed(0)
X = torch.cat([torch.ones(50, 1), torch.randn(50, 2)], dim=1)
w_true = torch.tensor([[4.2], [2.0], [-3.4]])
y = X @ w_true + 0.01 * torch.randn(50, 1)
w_normal = torch.linalg.solve(X.T @ X, X.T @ y)
print(w_normal.squeeze().round(decimals=3))
sol = torch.linalg.lstsq(X, y)
print(sol.solution.squeeze().round(decimals=3))
w = torch.zeros(3, 1, requires_grad=True)
for _ in range(200):
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        w.grad.zero_()
print(w.detach().squeeze().round(decimals=3))
residual = y - X @ w_normal
print(residual.shape, (residual ** 2).mean().item() < 1e-3)
print(torch.linalg.pinv(X).shape)
