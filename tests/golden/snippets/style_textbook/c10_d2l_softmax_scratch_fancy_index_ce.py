# Softmax regression from scratch: cross-entropy via y_hat[range(n), y], accuracy, and an evaluation helper.
import torch

torch.manual_seed(1)
num_inputs, num_outputs = 8, 3
X = torch.randn(60, num_inputs)
true_W = torch.randn(num_inputs, num_outputs)
y = (X @ true_W).argmax(dim=1)
W = torch.normal(0, 0.01, size=(num_inputs, num_outputs), requires_grad=True)
b = torch.zeros(num_outputs, requires_grad=True)

def softmax(X):
    X_exp = torch.exp(X)
    return X_exp / X_exp.sum(1, keepdim=True)

def net(X):
    return softmax(torch.matmul(X.reshape((-1, W.shape[0])), W) + b)

def cross_entropy(y_hat, y):
    return -torch.log(y_hat[range(len(y_hat)), y])

def accuracy(y_hat, y):
    y_hat = y_hat.argmax(axis=1)
    cmp = y_hat.type(y.dtype) == y
    return float(cmp.type(y.dtype).sum())

y_hat = torch.tensor([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
print(y_hat[[0, 1], [0, 2]])
print(cross_entropy(y_hat, torch.tensor([0, 2])))
print(accuracy(y_hat, torch.tensor([0, 2])) / 2)
lr = 0.5
for epoch in range(4):
    for i in range(0, 60, 20):
        l = cross_entropy(net(X[i:i + 20]), y[i:i + 20])
        l.mean().backward()
        with torch.no_grad():
            W -= lr * W.grad
            b -= lr * b.grad
            W.grad.zero_()
            b.grad.zero_()
    with torch.no_grad():
        print(epoch + 1, float(cross_entropy(net(X), y).mean()), accuracy(net(X), y) / len(y))
print(softmax(torch.tensor([[1.0, 2.0], [100.0, 0.0]])))
