import torch
from torch import nn

x = torch.tensor([[-2.0, -0.5, 0.0, 1.5]], requires_grad=True)
for layer in [nn.ReLU(), nn.Sigmoid(), nn.Tanh(), nn.Softmax(dim=1), nn.LeakyReLU(0.1), nn.LogSoftmax(dim=1)]:
    y = layer(x)
    print(layer, y)
relu = nn.ReLU(inplace=True)
h = x * 1
print(relu(h), h)
print(nn.ReLU(inplace=True), nn.LeakyReLU(inplace=True))
