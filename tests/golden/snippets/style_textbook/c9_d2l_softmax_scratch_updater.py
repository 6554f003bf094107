# Softmax regression from scratch: softmax, net, cross_entropy by picking, accuracy, and an sgd updater.
import torch

def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition

torch.manual_seed(0)
num_inputs, num_outputs = 8, 3
W = torch.normal(0, 0.01, size=(num_inputs, num_outputs), requires_grad=True)
b = torch.zeros(num_outputs, requires_grad=True)

def net(X):
    return softmax(torch.matmul(X.reshape((-1, W.shape[0])), W) + b)

def cross_entropy(y_hat, y):
    return -torch.log(y_hat[range(len(y_hat)), y])

def accuracy(y_hat, y):
    if len(y_hat.shape) > 1 and y_hat.shape[1] > 1:
        y_hat = y_hat.argmax(axis=1)
    cmp = y_hat.type(y.dtype) == y
    return float(cmp.type(y.dtype).sum())

def sgd(params, lr, batch_size):
    with torch.no_grad():
        for param in params:
            param -= lr * param.grad / batch_size
            param.grad.zero_()

X = torch.normal(0, 1, (4, 2))
X_prob = softmax(X)
print(X_prob, X_prob.sum(1))
y = torch.tensor([0, 2])
y_hat = torch.tensor([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
print(y_hat[[0, 1], y], cross_entropy(y_hat, y), accuracy(y_hat, y) / len(y))
features = torch.randn(120, num_inputs)
labels = (features[:, 0] > 0).long() + (features[:, 1] > 0.5).long()
for epoch in range(5):
    for i in range(0, 120, 20):
        Xb, yb = features[i:i + 20], labels[i:i + 20]
        l = cross_entropy(net(Xb), yb)
        l.sum().backward()
        sgd([W, b], 0.5, 20)
    with torch.no_grad():
        print(f"epoch {epoch + 1}, loss {cross_entropy(net(features), labels).mean():f}, "
              f"acc {accuracy(net(features), labels) / 120:.3f}")
