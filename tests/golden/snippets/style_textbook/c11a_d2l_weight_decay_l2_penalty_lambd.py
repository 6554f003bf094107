# d2l weight decay from scratch: high-dimensional linear regression, l2_penalty, training with lambd 0 and 3.
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(22)
n_train, n_test, num_inputs, batch_size = 20, 100, 200, 5
true_w, true_b = torch.ones((num_inputs, 1)) * 0.01, 0.05

def synthetic_data(w, b, n):
    X = torch.normal(0, 1, (n, len(w)))
    y = torch.matmul(X, w) + b
    y += torch.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))

train_data = synthetic_data(true_w, true_b, n_train)
test_data = synthetic_data(true_w, true_b, n_test)
train_iter = DataLoader(TensorDataset(*train_data), batch_size, shuffle=True)

def init_params():
    w = torch.normal(0, 1, size=(num_inputs, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    return [w, b]

def l2_penalty(w):
    return torch.sum(w.pow(2)) / 2

def linreg(X, w, b):
    return torch.matmul(X, w) + b

def squared_loss(y_hat, y):
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2

def train(lambd):
    w, b = init_params()
    num_epochs, lr = 30, 0.003
    for epoch in range(num_epochs):
        for X, y in train_iter:
            l = squared_loss(linreg(X, w, b), y) + lambd * l2_penalty(w)
            l.sum().backward()
            with torch.no_grad():
                for p in (w, b):
                    p -= lr * p.grad / batch_size
                    p.grad.zero_()
        if (epoch + 1) % 10 == 0:
            with torch.no_grad():
                tr = squared_loss(linreg(*train_data[:1], w, b), train_data[1]).mean()
                te = squared_loss(linreg(*test_data[:1], w, b), test_data[1]).mean()
            print(epoch + 1, f'{tr.item():.5f}', f'{te.item():.5f}')
    print('L2 norm of w:', torch.norm(w).item())

train(lambd=0)
train(lambd=3)
