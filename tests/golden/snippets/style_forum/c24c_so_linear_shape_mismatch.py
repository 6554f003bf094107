# Q: mat1 and mat2 shapes cannot be multiplied after flatten
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 26 * 26, 10))
x = torch.randn(2, 1, 28, 28)
print(net(x).shape)
try:
    net(torch.randn(2, 1, 32, 32))
except RuntimeError as e:
    print("RuntimeError:", e)
print(net[:3](torch.randn(2, 1, 32, 32)).shape)
