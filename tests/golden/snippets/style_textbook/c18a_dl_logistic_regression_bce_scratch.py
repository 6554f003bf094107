# Logistic regression from scratch with a hand BCE, then the clamped-log trick
import torch

torch.manual_seed(26)
X = torch.randn(100, 2)
y = (X[:, 0] - X[:, 1] > 0).float()
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for epoch in range(200):
    p = torch.sigmoid(X @ w + b)
    loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad; b -= 0.5 * b.grad
        w.grad.zero_(); b.grad.zero_()
print(f"loss {loss.item():.5f}, w {w.data}, b {b.item():.4f}")
p = torch.tensor([0.0, 1.0, 0.5])
t = torch.tensor([0.0, 0.0, 1.0])
print(-(t * torch.log(p) + (1 - t) * torch.log(1 - p)))
print(torch.nn.functional.binary_cross_entropy(p, t, reduction="none"))
