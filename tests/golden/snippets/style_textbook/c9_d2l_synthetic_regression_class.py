# d2l-style classes: SyntheticRegressionData with get_dataloader by index slicing, a from-scratch model.
import random
import torch

class SyntheticRegressionData:
    def __init__(self, w, b, noise=0.01, num_train=200, num_val=200, batch_size=32):
        self.w, self.b, self.batch_size = w, b, batch_size
        self.num_train, self.num_val = num_train, num_val
        n = num_train + num_val
        self.X = torch.randn(n, len(w))
        noise = torch.randn(n, 1) * noise
        self.y = torch.matmul(self.X, w.reshape((-1, 1))) + b + noise

    def get_dataloader(self, train):
        if train:
            indices = list(range(0, self.num_train))
            random.shuffle(indices)
        else:
            indices = list(range(self.num_train, self.num_train + self.num_val))
        for i in range(0, len(indices), self.batch_size):
            batch_indices = torch.tensor(indices[i: i + self.batch_size])
            yield self.X[batch_indices], self.y[batch_indices]

class LinearRegressionScratch:
    def __init__(self, num_inputs, lr, sigma=0.01):
        self.w = torch.normal(0, sigma, (num_inputs, 1), requires_grad=True)
        self.b = torch.zeros(1, requires_grad=True)
        self.lr = lr

    def forward(self, X):
        return torch.matmul(X, self.w) + self.b

    def loss(self, y_hat, y):
        return ((y_hat - y) ** 2 / 2).mean()

    def step(self):
        with torch.no_grad():
            for param in (self.w, self.b):
                param -= self.lr * param.grad
                param.grad.zero_()

random.seed(0)
torch.manual_seed(0)
data = SyntheticRegressionData(w=torch.tensor([2, -3.4]), b=4.2)
X, y = next(iter(data.get_dataloader(train=True)))
print("X shape:", X.shape, "\ny shape:", y.shape)
model = LinearRegressionScratch(2, lr=0.03)
for epoch in range(3):
    for X, y in data.get_dataloader(train=True):
        l = model.loss(model.forward(X), y)
        l.backward()
        model.step()
    with torch.no_grad():
        val = sum(model.loss(model.forward(X), y) for X, y in data.get_dataloader(train=False)) / 7
    print(f"epoch {epoch + 1}, val loss {val.item():f}")
print(f"error in estimating w: {data.w - model.w.reshape(data.w.shape)}")
print(f"error in estimating b: {data.b - model.b}")
