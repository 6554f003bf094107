# Linear regression three ways in float64: normal equations, torch.linalg.lstsq, gradient descent.
import torch

torch.manual_seed(0)
n = 50
X = torch.cat([torch.ones(n, 1, dtype=torch.float64), torch.rand(n, 2, dtype=torch.float64) * 10], dim=1)
theta_true = torch.tensor([4.0, 3.0, -1.5], dtype=torch.float64)
y = X @ theta_true + torch.randn(n, dtype=torch.float64)
theta_ne = torch.linalg.inv(X.T @ X) @ X.T @ y
theta_ls = torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)
theta_solve = torch.linalg.solve(X.T @ X, X.T @ y)
print(theta_ne)
print(torch.allclose(theta_ne, theta_ls), torch.allclose(theta_ne, theta_solve))
theta = torch.zeros(3, dtype=torch.float64, requires_grad=True)
lr = 0.01
for epoch in range(2001):
    loss = ((X @ theta - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        theta -= lr * theta.grad
        theta.grad.zero_()
    if epoch % 500 == 0:
        print(epoch, f"{loss.item():.6f}", theta.detach().numpy().round(4))
print((theta.detach() - theta_ne).abs().max() < 0.05)
r2 = 1 - ((X @ theta_ne - y) ** 2).sum() / ((y - y.mean()) ** 2).sum()
print(f"R^2 = {r2:.4f}")
