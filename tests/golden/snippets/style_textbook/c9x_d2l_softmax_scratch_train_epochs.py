# Softmax regression from scratch on synthetic 3-class data: net, cross-entropy by indexing, accuracy.
import torch

torch.manual_seed(1)
num_inputs, num_outputs = 6, 3
centers = torch.randn(num_outputs, num_inputs) * 2
y_all = torch.randint(0, num_outputs, (150,))
X_all = centers[y_all] + torch.randn(150, num_inputs)

W = torch.normal(0, 0.01, size=(num_inputs, num_outputs), requires_grad=True)
b = torch.zeros(num_outputs, requires_grad=True)

def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition

def net(X):
    return softmax(torch.matmul(X.reshape((-1, W.shape[0])), W) + b)

def cross_entropy(y_hat, y):
    return -torch.log(y_hat[range(len(y_hat)), y])

def accuracy(y_hat, y):
    if len(y_hat.shape) > 1 and y_hat.shape[1] > 1:
        y_hat = y_hat.argmax(axis=1)
    cmp = y_hat.type(y.dtype) == y
    return float(cmp.type(y.dtype).sum())

y = torch.tensor([0, 2])
y_hat = torch.tensor([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
print(y_hat[[0, 1], y], cross_entropy(y_hat, y), accuracy(y_hat, y) / len(y))
X = torch.normal(0, 1, (2, 5))
X_prob = softmax(X)
print(X_prob.sum(1))
lr = 0.1
for epoch in range(5):
    for i in range(0, 150, 30):
        Xb, yb = X_all[i:i + 30], y_all[i:i + 30]
        l = cross_entropy(net(Xb), yb)
        l.mean().backward()
        with torch.no_grad():
            W -= lr * W.grad
            b -= lr * b.grad
            W.grad.zero_()
            b.grad.zero_()
    with torch.no_grad():
        yh = net(X_all)
        print(f"epoch {epoch + 1}: loss {cross_entropy(yh, y_all).mean():.5f}, acc {accuracy(yh, y_all) / 150:.3f}")
