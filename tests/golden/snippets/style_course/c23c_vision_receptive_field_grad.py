# Receptive field measured by backprop: which input pixels reach one output pixel.
import torch
import torch.nn as nn

net = nn.Sequential(nn.Conv2d(1, 1, 3, padding=1), nn.Conv2d(1, 1, 3, padding=1), nn.MaxPool2d(2), nn.Conv2d(1, 1, 3, padding=1))
for m in net:
    if isinstance(m, nn.Conv2d):
        nn.init.constant_(m.weight, 1.0)
        nn.init.zeros_(m.bias)
x = torch.ones(1, 1, 16, 16, requires_grad=True)
y = net(x)
print(y.shape)
y[0, 0, 4, 4].backward()
nz = x.grad[0, 0].nonzero()
print(nz.min(0).values, nz.max(0).values)
rf = nz.max(0).values - nz.min(0).values + 1
print(rf.tolist())
