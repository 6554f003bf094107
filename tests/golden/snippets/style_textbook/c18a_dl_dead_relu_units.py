# Dead ReLU units: a large negative bias makes some hidden units never fire
import torch
from torch import nn

torch.manual_seed(14)
layer = nn.Linear(3, 6)
with torch.no_grad():
    layer.bias[:3] = -10.0
X = torch.randn(100, 3)
H = torch.relu(layer(X))
dead = (H == 0).all(dim=0)
print("dead units:", dead.nonzero().flatten().tolist())
H.sum().backward()
print(layer.weight.grad.abs().sum(1))
print(nn.functional.leaky_relu(layer(X)[:2], 0.01))
