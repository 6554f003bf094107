# Refactoring into nn.Module with nn.Parameter, then nn.Linear.
import math
import torch
from torch import nn
import torch.nn.functional as F

class Mnist_Logistic(nn.Module):
    def __init__(self):
        super().__init__()
        self.weights = nn.Parameter(torch.randn(6, 3) / math.sqrt(6))
        self.bias = nn.Parameter(torch.zeros(3))

    def forward(self, xb):
        return xb @ self.weights + self.bias

torch.manual_seed(25)
xb, yb = torch.rand(8, 6), torch.randint(0, 3, (8,))
model = Mnist_Logistic()
print(F.cross_entropy(model(xb), yb))
loss = F.cross_entropy(model(xb), yb)
loss.backward()
with torch.no_grad():
    for p in model.parameters():
        p -= p.grad * 0.5
    model.zero_grad()
print(F.cross_entropy(model(xb), yb))
print([n for n, _ in model.named_parameters()], model.weights.grad)
