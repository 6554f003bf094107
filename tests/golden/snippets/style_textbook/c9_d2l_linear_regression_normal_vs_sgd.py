# Linear regression three ways: closed-form normal equations, lstsq, and minibatch SGD with nn.Linear.
import torch
from torch import nn

torch.manual_seed(0)
n = 200
X = torch.randn(n, 3, dtype=torch.float64)
true_w = torch.tensor([1.5, -2.0, 0.7], dtype=torch.float64)
y = X @ true_w + 0.3 + 0.1 * torch.randn(n, dtype=torch.float64)
Xb = torch.cat([X, torch.ones(n, 1, dtype=torch.float64)], dim=1)
w_closed = torch.linalg.solve(Xb.T @ Xb, Xb.T @ y)
print(w_closed)
w_lstsq = torch.linalg.lstsq(Xb, y.unsqueeze(1)).solution.squeeze(1)
print(torch.allclose(w_closed, w_lstsq))
net = nn.Linear(3, 1).double()
opt = torch.optim.SGD(net.parameters(), lr=0.05)
for epoch in range(30):
    perm = torch.randperm(n)
    for i in range(0, n, 20):
        idx = perm[i:i + 20]
        loss = ((net(X[idx]).squeeze(1) - y[idx]) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
print(net.weight.data, net.bias.data)
print((net.weight.data.squeeze() - w_closed[:3]).abs().max() < 0.05)
residual = y - Xb @ w_closed
print(f"{(residual ** 2).mean().item():.6f}", f"{residual.std().item():.4f}")
