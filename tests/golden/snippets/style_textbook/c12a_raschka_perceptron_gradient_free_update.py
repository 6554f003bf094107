# Raschka-style perceptron with torch tensors: the classic update rule on a separable synthetic set.
import torch

g = torch.Generator().manual_seed(1)
X = torch.cat([torch.randn(10, 2, generator=g) + 2, torch.randn(10, 2, generator=g) - 2])
y = torch.cat([torch.ones(10), torch.zeros(10)])

class Perceptron:
    def __init__(self, num_features):
        self.weights = torch.zeros(num_features, 1, dtype=torch.float)
        self.bias = torch.zeros(1, dtype=torch.float)

    def forward(self, x):
        linear = torch.add(torch.mm(x, self.weights), self.bias)
        return torch.where(linear > 0.0, 1, 0).float()

    def backward(self, x, y):
        return y - self.forward(x).view(-1)

    def train(self, x, y, epochs):
        for e in range(epochs):
            errors = 0
            for i in range(y.shape[0]):
                err = self.backward(x[i].reshape(1, -1), y[i]).reshape(-1)
                self.weights += (err * x[i]).reshape(self.weights.shape)
                self.bias += err
                errors += int(err.abs().item())
            print(f"epoch {e}: errors {errors}, w {self.weights.view(-1).tolist()}, b {self.bias.item():.4f}")

    def evaluate(self, x, y):
        return torch.sum(self.forward(x).view(-1) == y).float() / y.shape[0]

ppn = Perceptron(num_features=2)
ppn.train(X, y, epochs=3)
print(f"accuracy {ppn.evaluate(X, y) * 100:.2f}%")
print(ppn.forward(torch.tensor([[0.5, 0.5], [-3.0, -1.0]])))
