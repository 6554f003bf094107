# Weight decay from scratch on a high-dimensional toy problem: L2 norm of w with lambd 0 and 3.
import torch

torch.manual_seed(0)
n_train, n_test, num_inputs, batch_size = 20, 20, 50, 5
true_w, true_b = torch.ones((num_inputs, 1)) * 0.01, 0.05
def synthetic(n):
    X = torch.normal(0, 1, (n, num_inputs))
    y = torch.matmul(X, true_w) + true_b + torch.normal(0, 0.01, (n, 1))
    return X, y
train_X, train_y = synthetic(n_train)
test_X, test_y = synthetic(n_test)

def init_params():
    w = torch.normal(0, 1, size=(num_inputs, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    return [w, b]

def l2_penalty(w):
    return torch.sum(w.pow(2)) / 2

def train(lambd):
    w, b = init_params()
    net = lambda X: torch.matmul(X, w) + b
    loss = lambda y_hat, y: (y_hat - y.reshape(y_hat.shape)) ** 2 / 2
    num_epochs, lr = 20, 0.003
    for epoch in range(num_epochs):
        for i in range(0, n_train, batch_size):
            X, y = train_X[i:i + batch_size], train_y[i:i + batch_size]
            l = loss(net(X), y) + lambd * l2_penalty(w)
            l.sum().backward()
            with torch.no_grad():
                for param in (w, b):
                    param -= lr * param.grad / batch_size
                    param.grad.zero_()
    print('L2 norm of w:', torch.norm(w).item())
    print('train/test loss:', loss(net(train_X), train_y).mean().item(), loss(net(test_X), test_y).mean().item())

train(lambd=0)
train(lambd=3)
