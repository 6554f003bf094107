# Linear regression from scratch: linreg, squared_loss, minibatch sgd.
import random
import torch

torch.manual_seed(5)
random.seed(5)
true_w, true_b = torch.tensor([2, -3.4]), 4.2
features = torch.normal(0, 1, (200, 2))
labels = (features @ true_w + true_b + torch.normal(0, 0.01, (200,))).reshape(-1, 1)
w = torch.normal(0, 0.01, size=(2, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
linreg = lambda X, w, b: torch.matmul(X, w) + b
squared_loss = lambda y_hat, y: (y_hat - y.reshape(y_hat.shape)) ** 2 / 2
lr, batch_size = 0.03, 10
for epoch in range(3):
    idx = list(range(200))
    random.shuffle(idx)
    for i in range(0, 200, batch_size):
        j = torch.tensor(idx[i:i + batch_size])
        l = squared_loss(linreg(features[j], w, b), labels[j])
        l.sum().backward()
        with torch.no_grad():
            for param in (w, b):
                param -= lr * param.grad / batch_size
                param.grad.zero_()
    with torch.no_grad():
        train_l = squared_loss(linreg(features, w, b), labels)
        print(f'epoch {epoch + 1}, loss {float(train_l.mean()):f}')
print(f'error in estimating w: {true_w - w.reshape(true_w.shape)}')
print(f'error in estimating b: {true_b - b}')
