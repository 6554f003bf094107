# "What is torch.nn really": from raw tensors to nn.Parameter, nn.Linear and an optimizer, on fake data.
import math
import torch
from torch import nn, optim
import torch.nn.functional as F

torch.manual_seed(11)
n, d, c = 60, 16, 4
x_train = torch.rand(n, d)
y_train = torch.randint(0, c, (n,))
print(x_train.shape, y_train.min(), y_train.max())

class Mnist_Logistic(nn.Module):
    def __init__(self):
        super().__init__()
        self.weights = nn.Parameter(torch.randn(d, c) / math.sqrt(d))
        self.bias = nn.Parameter(torch.zeros(c))

    def forward(self, xb):
        return xb @ self.weights + self.bias

def accuracy(out, yb):
    preds = torch.argmax(out, dim=1)
    return (preds == yb).float().mean()

loss_func = F.cross_entropy
bs, lr, epochs = 16, 0.5, 2
model = Mnist_Logistic()
xb, yb = x_train[0:bs], y_train[0:bs]
print(loss_func(model(xb), yb), accuracy(model(xb), yb))
for epoch in range(epochs):
    for i in range((n - 1) // bs + 1):
        start_i = i * bs
        xb = x_train[start_i:start_i + bs]
        yb = y_train[start_i:start_i + bs]
        loss = loss_func(model(xb), yb)
        loss.backward()
        with torch.no_grad():
            for p in model.parameters():
                p -= p.grad * lr
            model.zero_grad()
print(loss_func(model(xb), yb), accuracy(model(xb), yb))
print([p.grad for p in model.parameters()])

class Mnist_Linear(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(d, c)

    def forward(self, xb):
        return self.lin(xb)

def get_model():
    model = Mnist_Linear()
    return model, optim.SGD(model.parameters(), lr=lr)

model, opt = get_model()
print(model, opt)
for epoch in range(epochs):
    for i in range((n - 1) // bs + 1):
        xb, yb = x_train[i * bs:i * bs + bs], y_train[i * bs:i * bs + bs]
        loss = loss_func(model(xb), yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
print(loss_func(model(xb), yb))
