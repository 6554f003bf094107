# HW: closed-form least squares vs gradient descent; graded with allclose
import torch

torch.manual_seed(0)
X = torch.cat([torch.ones(20, 1), torch.randn(20, 2)], dim=1).double()
true_w = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64)
y = X @ true_w + 0.01 * torch.randn(20, dtype=torch.float64)
closed = torch.linalg.solve(X.T @ X, X.T @ y)
w = torch.zeros(3, dtype=torch.float64, requires_grad=True)
for _ in range(500):
    loss = ((X @ w - y) ** 2).mean()
    (g,) = torch.autograd.grad(loss, w)
    w = (w - 0.1 * g).detach().requires_grad_()
print(closed)
print(w.detach())
print("PASS" if torch.allclose(w, closed, atol=1e-6) else "FAIL")
