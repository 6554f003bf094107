# gradient of MSE for linear regression: closed form vs autograd vs normal equations
import torch

torch.manual_seed(63)
X = torch.randn(10, 2)
y = X @ torch.tensor([2.0, -1.0]) + 0.5
Xb = torch.cat([X, torch.ones(10, 1)], 1)
w = torch.zeros(3, requires_grad=True)
loss = ((Xb @ w - y) ** 2).mean()
loss.backward()
print(w.grad)
print(2 / 10 * Xb.T @ (Xb @ w.detach() - y))
sol = torch.linalg.lstsq(Xb, y.unsqueeze(1)).solution.squeeze(1)
print(sol)
