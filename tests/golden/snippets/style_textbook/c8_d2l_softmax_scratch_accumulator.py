# Softmax regression from scratch with an Accumulator, evaluate_accuracy and a few epochs on fake data.
import torch

def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition

torch.manual_seed(0)
X = torch.normal(0, 1, (2, 5))
X_prob = softmax(X)
print(X_prob, X_prob.sum(1))
num_inputs, num_outputs = 8, 3
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

class Accumulator:
    def __init__(self, n):
        self.data = [0.0] * n

    def add(self, *args):
        self.data = [a + float(b) for a, b in zip(self.data, args)]

    def __getitem__(self, idx):
        return self.data[idx]

features = torch.randn(60, num_inputs)
labels = (features[:, 0] > 0).long() + (features[:, 1] > 0.5).long()
batches = [(features[i:i + 20], labels[i:i + 20]) for i in range(0, 60, 20)]

def evaluate_accuracy(net, data_iter):
    metric = Accumulator(2)
    with torch.no_grad():
        for X, y in data_iter:
            metric.add(accuracy(net(X), y), y.numel())
    return metric[0] / metric[1]

print(evaluate_accuracy(net, batches))
for epoch in range(3):
    metric = Accumulator(3)
    for X, y in batches:
        y_hat = net(X)
        l = cross_entropy(y_hat, y)
        l.sum().backward()
        with torch.no_grad():
            for param in [W, b]:
                param -= 0.1 * param.grad / X.shape[0]
                param.grad.zero_()
        metric.add(float(l.sum()), accuracy(y_hat, y), y.numel())
    print(epoch + 1, metric[0] / metric[2], metric[1] / metric[2], evaluate_accuracy(net, batches))
