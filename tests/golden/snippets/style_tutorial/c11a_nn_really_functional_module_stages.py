# "What is torch.nn really": the same model refactored to F.cross_entropy, nn.Module with Parameters, then nn.Linear.
import math
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(1)
x_train = torch.randn(128, 12)
y_train = torch.randint(0, 4, (128,))
bs = 32
lr = 0.3

class MnistLogistic(nn.Module):
    def __init__(self):
        super().__init__()
        self.weights = nn.Parameter(torch.randn(12, 4) / math.sqrt(12))
        self.bias = nn.Parameter(torch.zeros(4))

    def forward(self, xb):
        return xb @ self.weights + self.bias

class MnistLinear(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(12, 4)

    def forward(self, xb):
        return self.lin(xb)

def fit(model, epochs=2):
    for epoch in range(epochs):
        for i in range((128 - 1) // bs + 1):
            xb = x_train[i * bs:(i + 1) * bs]
            yb = y_train[i * bs:(i + 1) * bs]
            loss = F.cross_entropy(model(xb), yb)
            loss.backward()
            with torch.no_grad():
                for p in model.parameters():
                    p -= p.grad * lr
                model.zero_grad()
        print(type(model).__name__, epoch, loss.item())

for cls in (MnistLogistic, MnistLinear):
    torch.manual_seed(2)
    model = cls()
    print(model)
    print(F.cross_entropy(model(x_train[:bs]), y_train[:bs]))
    fit(model)
    print([p.grad for p in model.parameters()])
