# Q: "optimizer got an empty parameter list": a model without layers, or an exhausted generator.
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(2, 2), nn.Linear(2, 1)]

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

net = Net()
print(list(net.parameters()))
try:
    torch.optim.SGD(net.parameters(), lr=0.1)
except ValueError as e:
    print(type(e).__name__, e)
model = nn.Linear(2, 1)
params = model.parameters()
print(sum(p.numel() for p in params))
try:
    torch.optim.Adam(params)
except ValueError as e:
    print(e)
print(type(model.parameters()).__name__)
