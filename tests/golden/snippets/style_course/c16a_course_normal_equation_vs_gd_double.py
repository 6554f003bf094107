# Linear regression in float64: the normal equation against 200 steps of gradient descent
import torch

torch.manual_seed(1674)
X = torch.randn(30, 2, dtype=torch.float64)
Xb = torch.cat([torch.ones(30, 1, dtype=torch.float64), X], dim=1)
true_w = torch.tensor([0.5, 2.0, -1.0], dtype=torch.float64)
y = Xb @ true_w + 0.1 * torch.randn(30, dtype=torch.float64)
normal = torch.linalg.solve(Xb.T @ Xb, Xb.T @ y)
print("closed form", normal)
w = torch.zeros_like(normal).requires_grad_()
for epoch in range(250):
    loss = ((Xb @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        w.grad = None
print("gradient descent", w.detach(), loss.item())
print((w.detach() - normal).abs().max().item() < 1e-6)
