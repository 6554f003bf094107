# Softmax regression chapter: cross-entropy from scratch vs built-in, float64.
import torch

torch.manual_seed(0)
X = torch.randn(6, 4, dtype=torch.float64)
W = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
b = torch.zeros(3, dtype=torch.float64, requires_grad=True)
y = torch.tensor([0, 2, 1, 2, 0, 1])

def softmax(X):
    X_exp = torch.exp(X)
    return X_exp / X_exp.sum(1, keepdim=True)

def cross_entropy(y_hat, y):
    return -torch.log(y_hat[list(range(len(y_hat))), y])

y_hat = softmax(X @ W + b)
l = cross_entropy(y_hat, y).mean()
print(l.item())
print(torch.nn.functional.cross_entropy(X @ W + b, y).item())
l.backward()
print(W.grad)
print(b.grad)
acc = (y_hat.argmax(1) == y).float().mean()
print(acc)
