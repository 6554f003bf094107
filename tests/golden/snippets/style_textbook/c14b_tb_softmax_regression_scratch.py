# Softmax regression from scratch on three synthetic clusters: softmax, picking log-probs by label, accuracy.
import torch

def softmax(X):
    X_exp = torch.exp(X)
    return X_exp / X_exp.sum(1, keepdim=True)

def cross_entropy(y_hat, y):
    return -torch.log(y_hat[range(len(y_hat)), y])

torch.manual_seed(21)
centers = torch.tensor([[2.0, 0.0], [-1.0, 1.5], [0.0, -2.0]])
y = torch.arange(3).repeat_interleave(20)
X = centers[y] + 0.6 * torch.randn(60, 2)
W = torch.normal(0, 0.01, size=(2, 3), requires_grad=True)
b = torch.zeros(3, requires_grad=True)
probe = softmax(torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]))
print(probe, probe.sum(1))
for epoch in range(5):
    y_hat = softmax(X @ W + b)
    loss = cross_entropy(y_hat, y).mean()
    loss.backward()
    with torch.no_grad():
        W -= 0.5 * W.grad
        b -= 0.5 * b.grad
        W.grad.zero_()
        b.grad.zero_()
    acc = (y_hat.argmax(axis=1).type(y.dtype) == y).float().mean()
    print(epoch, loss.item(), acc.item())
print(W, b)
