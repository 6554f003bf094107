# Defining a network class with hidden/output layers and sigmoid/softmax, then poking at its weights.
import torch
from torch import nn
import torch.nn.functional as F

class Network(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(784, 256)
        self.output = nn.Linear(256, 10)
        self.sigmoid = nn.Sigmoid()
        self.softmax = nn.Softmax(dim=1)

    def forward(self, x):
        x = self.hidden(x)
        x = self.sigmoid(x)
        x = self.output(x)
        x = self.softmax(x)
        return x

torch.manual_seed(7)
model = Network()
print(model)
print(model.hidden.weight.shape, model.hidden.bias.shape)
model.hidden.bias.data.fill_(0)
model.hidden.weight.data.normal_(std=0.01)
print(model.hidden.bias[:5])
images = torch.randn(64, 1, 28, 28)
images.resize_(64, 784)
print(images.shape)
ps = model.forward(images[:1, :])
print(ps.shape, ps.sum())
ps = model(images)
print(ps.shape, ps[0].sum().item() == 1.0 or round(ps[0].sum().item(), 5))
print(ps[0].argmax(), torch.exp(torch.log(ps[0]))[:3])

def activation(x):
    return 1 / (1 + torch.exp(-x))

features = torch.randn((1, 5))
weights = torch.randn_like(features)
bias = torch.randn((1, 1))
y = activation(torch.sum(features * weights) + bias)
y2 = activation(torch.mm(features, weights.view(5, 1)) + bias)
print(y, y2)
