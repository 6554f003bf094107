# Linear regression: the closed-form normal equation, lstsq, and minibatch SGD reaching the same weights.
import torch

g = torch.Generator().manual_seed(0)
true_w = torch.tensor([2.0, -3.4])
true_b = 4.2
X = torch.normal(0, 1, (100, 2), generator=g)
y = X @ true_w + true_b + torch.normal(0, 0.01, (100,), generator=g)
Xb = torch.cat([X, torch.ones(100, 1)], dim=1)
w_closed = torch.linalg.inv(Xb.T @ Xb) @ Xb.T @ y
print(w_closed)
print(torch.linalg.lstsq(Xb, y.unsqueeze(1)).solution.squeeze())
print(torch.linalg.solve(Xb.T @ Xb, Xb.T @ y))
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr, batch_size = 0.03, 10
for epoch in range(3):
    idx = torch.randperm(100, generator=g)
    for i in range(0, 100, batch_size):
        j = idx[i:i + batch_size]
        l = ((X[j] @ w + b - y[j]) ** 2 / 2).sum()
        l.backward()
        with torch.no_grad():
            w -= lr * w.grad / batch_size
            b -= lr * b.grad / batch_size
            w.grad.zero_()
            b.grad.zero_()
    with torch.no_grad():
        print(f"epoch {epoch + 1}, loss {float(((X @ w + b - y) ** 2 / 2).mean()):f}")
print(f"error in estimating w: {true_w - w.reshape(true_w.shape)}")
print(f"error in estimating b: {true_b - b}")
