# Q: flatten removed my batch dimension
import torch
import torch.nn as nn

x = torch.zeros(4, 3, 2, 2)
print(torch.flatten(x).shape, torch.flatten(x, 1).shape, nn.Flatten()(x).shape)
print(nn.Flatten(0, 1)(x).shape, x.flatten(start_dim=2).shape)
print(nn.Unflatten(1, (3, 4))(torch.zeros(2, 12)).shape)
try:
    x.flatten(3, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
