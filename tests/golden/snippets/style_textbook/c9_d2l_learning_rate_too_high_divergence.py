# What a too-large learning rate does: the loss of gradient descent on a quadratic for several rates.
import torch

torch.manual_seed(0)
X = torch.randn(50, 2)
y = X @ torch.tensor([3.0, -1.0]) + 0.5
for lr in (0.01, 0.1, 0.5, 1.0, 1.5):
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    losses = []
    for step in range(8):
        loss = ((X @ w + b - y) ** 2).mean()
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
    trend = "diverges" if losses[-1] > losses[0] else "converges"
    print(f"lr={lr}: {trend}", [f"{l:.3g}" for l in losses])
H = 2 * (X.T @ X) / len(X)
print(torch.linalg.eigvalsh(H), 2 / torch.linalg.eigvalsh(H).max())
