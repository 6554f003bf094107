# Q: torch.flatten(x) also flattened my batch; nn.Flatten() keeps it - start_dim defaults differ.
import torch
from torch import nn

x = torch.arange(24.0).view(2, 3, 2, 2)
print(torch.flatten(x).shape, x.flatten().shape, torch.flatten(x, 1).shape, nn.Flatten()(x).shape)
print(nn.Flatten(0, 1)(x).shape, nn.Flatten(start_dim=2)(x).shape, x.flatten(-2).shape)
print(nn.Flatten(), nn.Unflatten(1, (3, 4)))
y = nn.Flatten()(x)
print(nn.Unflatten(1, (3, 2, 2))(y).shape, y.unflatten(1, (6, 2)).shape, y.unflatten(1, (-1, 4)).shape)
print(torch.flatten(torch.tensor(5.0)), torch.flatten(torch.tensor(5.0)).shape)
try:
    x.flatten(2, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.Unflatten(1, (5, 5))(y)
except RuntimeError as e:
    print("RuntimeError:", e)
single = torch.randn(3, 2, 2)
print(nn.Flatten()(single).shape, nn.Flatten(0)(single).shape)
print(x.flatten(1).is_contiguous(), x.transpose(1, 2).flatten(1).stride())
