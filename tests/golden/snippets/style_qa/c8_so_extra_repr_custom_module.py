# Q: how do I make print(model) show my custom layer's settings? extra_repr, and nested module printing.
import torch
import torch.nn as nn

class Scale(nn.Module):
    def __init__(self, factor, learnable=False):
        super().__init__()
        self.factor = factor
        self.weight = nn.Parameter(torch.full((1,), float(factor)), requires_grad=learnable)

    def forward(self, x):
        return x * self.weight

    def extra_repr(self):
        return f'factor={self.factor}, learnable={self.weight.requires_grad}'

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, 8), nn.LeakyReLU(0.1), Scale(2.0))
        self.head = nn.ModuleDict({'cls': nn.Linear(8, 3), 'reg': nn.Linear(8, 1)})
        self.plain = Scale(3, learnable=True)

    def forward(self, x):
        h = self.body(x)
        return self.head['cls'](h), self.head['reg'](h)

net = Net()
print(net)
print(net.body[2])
print(nn.Linear(4, 8, bias=False), nn.Conv2d(3, 8, 3, stride=2, padding=1), nn.LSTM(10, 20, num_layers=2, batch_first=True))
print(nn.Embedding(10, 3, padding_idx=0), nn.LayerNorm(8), nn.MaxPool2d(2), nn.Flatten(), nn.Identity())
print(len(list(net.parameters())), sum(p.requires_grad for p in net.parameters()))
