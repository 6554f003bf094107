# ML course: ridge regression by the normal equations with torch.linalg.solve vs gradient descent, in float64.
import torch

torch.manual_seed(1496)
x = torch.linspace(-1, 1, 30, dtype=torch.float64)
y = 0.5 - 2 * x + 1.5 * x ** 3 + 0.05 * torch.randn(30, dtype=torch.float64)
X = torch.stack([x ** k for k in range(4)], dim=1)
lam = 0.1
A = X.T @ X + lam * torch.eye(4, dtype=torch.float64)
w_closed = torch.linalg.solve(A, X.T @ y)
print(w_closed)
w = torch.zeros(4, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.02)
for step in range(2000):
    opt.zero_grad()
    loss = ((X @ w - y) ** 2).sum() + lam * (w ** 2).sum()
    loss.backward()
    opt.step()
print(w.detach(), (w.detach() - w_closed).abs().max().item() < 1e-6)
print(loss.item(), torch.linalg.cond(A).item() > 1)
