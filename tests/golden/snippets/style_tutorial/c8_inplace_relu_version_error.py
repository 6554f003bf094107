# In-place pitfalls in a model: ReLU(inplace=True) after a sigmoid breaks backward; the version counter explains it.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
s = torch.sigmoid(x)
print(s._version)
r = nn.ReLU(inplace=True)(s)
print(s._version, r is s)
try:
    r.sum().backward()
except RuntimeError as e:
    print(str(e).split(".")[0])
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(inplace=True), nn.Linear(4, 1))
out = model(torch.randn(2, 4))
out.sum().backward()
print(model[0].weight.grad.shape, model)
a = torch.ones(2, requires_grad=True)
b = a * 2
c = b ** 2
b.add_(1)
try:
    c.sum().backward()
except RuntimeError as e:
    print(e)
