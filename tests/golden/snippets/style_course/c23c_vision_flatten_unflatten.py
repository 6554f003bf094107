# Flatten(start_dim) and Unflatten between conv and linear layers, with reprs.
import torch
import torch.nn as nn

x = torch.zeros(2, 4, 3, 3)
print(nn.Flatten()(x).shape, nn.Flatten(0, 1)(x).shape, nn.Flatten(2)(x).shape)
un = nn.Unflatten(1, (4, 3, 3))
print(un)
print(un(torch.zeros(2, 36)).shape)
print(nn.Identity()(x) is x, nn.Identity(54, unused="x"))
try:
    un(torch.zeros(2, 35))
except RuntimeError as e:
    print("RuntimeError:", e)
