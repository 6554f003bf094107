"""Logistic regression from scratch on a toy dataset, with a results table."""
import torch

torch.manual_seed(0)
n = 50
X = torch.cat([torch.randn(n, 2) + 1.5, torch.randn(n, 2) - 1.5])
y = torch.cat([torch.ones(n), torch.zeros(n)])
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for epoch in range(101):
    p = torch.sigmoid(X @ w + b)
    loss = torch.nn.functional.binary_cross_entropy(p, y)
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        b -= 0.5 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if epoch % 25 == 0:
        acc = ((p > 0.5).float() == y).float().mean()
        print(f"| {epoch:>3} | {loss.item():.6f} | {acc.item():.2f} |")
print("w =", w.data, "b =", b.data)
