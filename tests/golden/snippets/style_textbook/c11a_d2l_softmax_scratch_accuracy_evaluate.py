# d2l softmax regression from scratch: softmax(), net(), cross_entropy by fancy indexing, accuracy() and evaluate_accuracy.
import torch
from torch.utils.data import DataLoader, TensorDataset

X = torch.normal(0, 1, (2, 5))
X_prob = torch.exp(X) / torch.exp(X).sum(1, keepdim=True)
print(X_prob.sum(1))

def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition

num_inputs, num_outputs = 16, 4
torch.manual_seed(20)
W = torch.normal(0, 0.01, size=(num_inputs, num_outputs), requires_grad=True)
b = torch.zeros(num_outputs, requires_grad=True)

def net(X):
    return softmax(torch.matmul(X.reshape((-1, W.shape[0])), W) + b)

y = torch.tensor([0, 2])
y_hat = torch.tensor([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
print(y_hat[[0, 1], y])

def cross_entropy(y_hat, y):
    return -torch.log(y_hat[range(len(y_hat)), y])

print(cross_entropy(y_hat, y))

def accuracy(y_hat, y):
    if len(y_hat.shape) > 1 and y_hat.shape[1] > 1:
        y_hat = y_hat.argmax(axis=1)
    cmp = y_hat.type(y.dtype) == y
    return float(cmp.type(y.dtype).sum())

print(accuracy(y_hat, y) / len(y))
features = torch.randn(100, 4, 4)
labels = features.reshape(100, -1)[:, :4].argmax(1)
data_iter = DataLoader(TensorDataset(features, labels), batch_size=25)

def evaluate_accuracy(net, data_iter):
    metric = [0.0, 0.0]
    with torch.no_grad():
        for X, y in data_iter:
            metric[0] += accuracy(net(X), y)
            metric[1] += y.numel()
    return metric[0] / metric[1]

print(evaluate_accuracy(net, data_iter))
for epoch in range(3):
    for Xb, yb in data_iter:
        l = cross_entropy(net(Xb), yb)
        l.mean().backward()
        with torch.no_grad():
            for p in (W, b):
                p -= 0.5 * p.grad
                p.grad.zero_()
    print(epoch + 1, float(l.mean()), evaluate_accuracy(net, data_iter))
