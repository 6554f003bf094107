# Ridge regression closed form versus gradient descent with weight decay
import torch

torch.manual_seed(34)
X = torch.randn(30, 3, dtype=torch.float64)
y = X @ torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64) + 0.1 * torch.randn(30, dtype=torch.float64)
lam = 0.5
closed = torch.linalg.solve(X.T @ X / 30 + lam * torch.eye(3, dtype=torch.float64), X.T @ y / 30)
w = torch.zeros(3, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, weight_decay=lam)
for _ in range(500):
    opt.zero_grad()
    (0.5 * ((X @ w - y) ** 2).mean()).backward()
    opt.step()
print(closed)
print(w.detach())
print(torch.allclose(closed, w.detach(), atol=1e-8))
