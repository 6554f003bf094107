# Logistic regression from scratch: sigmoid, binary cross-entropy written by hand, vs the built-in loss.
import torch

torch.manual_seed(0)
n = 200
X = torch.randn(n, 2)
true_w, true_b = torch.tensor([2.0, -1.0]), 0.5
y = (torch.sigmoid(X @ true_w + true_b) > torch.rand(n)).float()
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

def net(X):
    return torch.sigmoid(X @ w + b)

def bce(y_hat, y):
    return -(y * torch.log(y_hat) + (1 - y) * torch.log(1 - y_hat))

lr = 0.5
for epoch in range(30):
    l = bce(net(X), y).mean()
    l.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if epoch % 10 == 9:
        builtin = torch.nn.functional.binary_cross_entropy(net(X), y)
        print(f"epoch {epoch + 1}: loss {l.item():.6f} builtin {builtin.item():.6f}")
print(w.detach(), b.detach())
acc = ((net(X) > 0.5).float() == y).float().mean()
print(f"accuracy {acc:.3f}")
