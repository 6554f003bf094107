# Linear regression in a small object-oriented framework (a Module with loss/forward, an SGD class, a Trainer loop).
import torch
from torch import nn

class SyntheticRegressionData:
    def __init__(self, w, b, noise=0.01, num_train=64, num_val=16, batch_size=16):
        self.num_train, self.batch_size = num_train, batch_size
        n = num_train + num_val
        self.X = torch.randn(n, len(w))
        noise = torch.randn(n, 1) * noise
        self.y = torch.matmul(self.X, w.reshape((-1, 1))) + b + noise

    def get_dataloader(self, train):
        i = slice(0, self.num_train) if train else slice(self.num_train, None)
        dataset = torch.utils.data.TensorDataset(self.X[i], self.y[i])
        return torch.utils.data.DataLoader(dataset, self.batch_size, shuffle=train)

class LinearRegressionScratch(nn.Module):
    def __init__(self, num_inputs, lr, sigma=0.01):
        super().__init__()
        self.lr = lr
        self.w = torch.normal(0, sigma, (num_inputs, 1), requires_grad=True)
        self.b = torch.zeros(1, requires_grad=True)

    def forward(self, X):
        return torch.matmul(X, self.w) + self.b

    def loss(self, y_hat, y):
        l = (y_hat - y) ** 2 / 2
        return l.mean()

class SGD:
    def __init__(self, params, lr):
        self.params, self.lr = params, lr

    def step(self):
        for param in self.params:
            param -= self.lr * param.grad

    def zero_grad(self):
        for param in self.params:
            if param.grad is not None:
                param.grad.zero_()

torch.manual_seed(0)
data = SyntheticRegressionData(w=torch.tensor([2, -3.4]), b=4.2)
print('features:', data.X[0], '\nlabel:', data.y[0])
X, y = next(iter(data.get_dataloader(train=True)))
print('X shape:', X.shape, '\ny shape:', y.shape)
model = LinearRegressionScratch(2, lr=0.03)
optim = SGD([model.w, model.b], model.lr)
for epoch in range(3):
    for X, y in data.get_dataloader(train=True):
        loss = model.loss(model(X), y)
        optim.zero_grad()
        loss.backward()
        with torch.no_grad():
            optim.step()
    with torch.no_grad():
        val = sum(model.loss(model(X), y) for X, y in data.get_dataloader(train=False))
    print(f"epoch {epoch}: val loss {val.item():.6f}")
with torch.no_grad():
    print(f'error in estimating w: {torch.tensor([2, -3.4]) - model.w.reshape(-1)}')
    print(f'error in estimating b: {4.2 - model.b}')
