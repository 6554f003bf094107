# Kernel methods chapter: kernel ridge regression with an RBF kernel built from cdist, varying bandwidth.
import torch

torch.manual_seed(16)
x = torch.sort(torch.rand(15, dtype=torch.float64) * 4).values
y = torch.cos(2 * x) + 0.05 * torch.randn(15, dtype=torch.float64)
xq = torch.tensor([0.5, 1.0, 2.0, 3.5], dtype=torch.float64)
lam = 1e-3
for gamma in (0.5, 2.0, 10.0):
    K = torch.exp(-gamma * torch.cdist(x[:, None], x[:, None]) ** 2)
    alpha = torch.linalg.solve(K + lam * torch.eye(15, dtype=torch.float64), y)
    Kq = torch.exp(-gamma * (xq[:, None] - x[None, :]) ** 2)
    pred = Kq @ alpha
    train_err = ((K @ alpha - y) ** 2).mean()
    print(gamma, pred, train_err.item())
print(torch.cos(2 * xq))
K = torch.exp(-2.0 * torch.cdist(x[:, None], x[:, None]) ** 2)
ev = torch.linalg.eigvalsh(K)
print(ev.min() > -1e-10, ev[-3:])
