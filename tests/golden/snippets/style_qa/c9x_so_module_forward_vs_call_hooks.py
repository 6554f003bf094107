# Q: should I call model.forward(x) or model(x)? Hooks only run with model(x).
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
calls = []
model.register_forward_pre_hook(lambda m, inp: calls.append("pre"))
model.register_forward_hook(lambda m, inp, out: calls.append("post"))
x = torch.randn(1, 3)
a = model(x)
print(calls)
b = model.forward(x)
print(calls, torch.equal(a, b))

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 1)
    def forward(self, x, scale=1.0):
        return self.fc(x) * scale

net = Net()
print(net(x, scale=2.0).shape, net(x, 0.5).grad_fn)
try:
    net(x, 1.0, 2.0)
except TypeError as e:
    print("TypeError:", e)

class NoForward(nn.Module):
    pass

try:
    NoForward()(x)
except NotImplementedError as e:
    print("NotImplementedError:", e)
