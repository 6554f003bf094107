# Regression chapter: ridge regression in closed form vs gradient descent with weight decay.
import torch

torch.manual_seed(4)
n, d, lam = 30, 3, 0.5
X = torch.randn(n, d, dtype=torch.float64)
w_true = torch.tensor([1.5, -2.0, 0.7], dtype=torch.float64)
y = X @ w_true + 0.1 * torch.randn(n, dtype=torch.float64)
w_closed = torch.linalg.solve(X.T @ X + lam * torch.eye(d, dtype=torch.float64), X.T @ y)
print(w_closed)
w = torch.zeros(d, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.01)
for epoch in range(400):
    loss = 0.5 * ((X @ w - y) ** 2).sum() + 0.5 * lam * (w ** 2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 100 == 0:
        print(epoch, loss.item())
print(w.detach())
print((w.detach() - w_closed).abs().max() < 1e-8)
w_ls = torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)
print(w_ls)
print(w_ls.norm() > w_closed.norm())
