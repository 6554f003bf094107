# Q: ReLU(inplace=True) after Sigmoid breaks backward
import torch
from torch import nn

x = torch.tensor([[-1.0, 2.0]], requires_grad=True)
model = nn.Sequential(nn.Sigmoid(), nn.ReLU(inplace=True))
y = model(x)
print(y.grad_fn.__class__.__name__, y._version)
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
