# Linear regression from scratch: synthetic data, shuffled minibatches, hand-written SGD.
import torch

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.4]), 4.2
X = torch.normal(0, 1, (200, 2))
y = (X @ true_w + true_b + torch.normal(0, 0.01, (200,))).reshape(-1, 1)

def data_iter(batch_size, features, labels):
    idx = torch.randperm(len(features))
    for i in range(0, len(features), batch_size):
        j = idx[i:i + batch_size]
        yield features[j], labels[j]

w = torch.normal(0, 0.01, size=(2, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr, batch_size = 0.03, 10
for epoch in range(3):
    for Xb, yb in data_iter(batch_size, X, y):
        l = ((Xb @ w + b - yb) ** 2 / 2).sum()
        l.backward()
        with torch.no_grad():
            for p in (w, b):
                p -= lr * p.grad / batch_size
                p.grad.zero_()
    with torch.no_grad():
        train_l = ((X @ w + b - y) ** 2 / 2).mean()
    print(f'epoch {epoch + 1}, loss {float(train_l):f}')
print('error in w:', true_w - w.reshape(true_w.shape))
print('error in b:', true_b - b)
