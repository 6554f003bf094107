# Nonlinear least squares chapter: Gauss-Newton fit of y = a * exp(b * x) with the Jacobian from autograd.
import torch
from torch.autograd.functional import jacobian

torch.manual_seed(87)
x = torch.linspace(0, 1, 15, dtype=torch.float64)
y = 2.0 * torch.exp(-1.3 * x) + 0.01 * torch.randn(15, dtype=torch.float64)

def residual(theta):
    return theta[0] * torch.exp(theta[1] * x) - y

theta = torch.tensor([1.0, 0.0], dtype=torch.float64)
for it in range(6):
    r = residual(theta)
    J = jacobian(residual, theta)
    step = torch.linalg.solve(J.T @ J, -J.T @ r)
    theta = theta + step
    print(it, theta.tolist(), (r ** 2).sum().item())
J = jacobian(residual, theta)
print(J.shape)
cov = torch.linalg.inv(J.T @ J) * (residual(theta) ** 2).sum() / (15 - 2)
print(cov.diagonal().sqrt())
