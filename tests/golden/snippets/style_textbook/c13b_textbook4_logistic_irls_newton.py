# Classification chapter: logistic regression by Newton's method (IRLS), Hessian X^T S X, deviance per step.
import torch

torch.manual_seed(113)
n = 60
X = torch.cat([torch.ones(n, 1), torch.randn(n, 2)], 1).double()
true_w = torch.tensor([-0.5, 2.0, -1.0], dtype=torch.float64)
y = torch.bernoulli(torch.sigmoid(X @ true_w))
w = torch.zeros(3, dtype=torch.float64)
for it in range(7):
    p = torch.sigmoid(X @ w)
    grad = X.T @ (p - y)
    H = X.T @ (X * (p * (1 - p))[:, None])
    w = w - torch.linalg.solve(H, grad)
    dev = -2 * (y * torch.log(p) + (1 - y) * torch.log1p(-p)).sum()
    print(it, w.tolist(), round(dev.item(), 8))
se = torch.linalg.inv(H).diagonal().sqrt()
print(se)
print((w / se).abs() > 1.96)
