import torch
from torch import nn

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
x = torch.rand(8, 1, 28, 28)
print(model(x).shape)
try:
    model(torch.rand(8, 3, 28, 28))
except Exception as e:
    print(type(e).__name__, e)
try:
    nn.Linear(4, 2)(torch.rand(3, 5))
except Exception as e:
    print(type(e).__name__, e)
print(nn.Flatten()(torch.rand(2, 3, 4)).shape, nn.Flatten(0)(torch.rand(2, 3)).shape)
