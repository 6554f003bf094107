import torch
from torch import nn

x = torch.tensor([[[[1.0, 5.0, 2.0, 0.0], [3.0, 4.0, 8.0, 1.0], [0.0, 2.0, 7.0, 6.0], [9.0, 1.0, 3.0, 2.0]]]],
                 requires_grad=True)
pool = nn.MaxPool2d(2)
y = pool(x)
print(pool, y)
y.sum().backward()
print(x.grad)
out, idx = nn.MaxPool2d(2, stride=1, return_indices=True)(x)
print(out, idx)
print(nn.MaxPool2d(3, stride=2, padding=1)(x))
print(nn.MaxPool2d(3, stride=2, ceil_mode=True)(x))
