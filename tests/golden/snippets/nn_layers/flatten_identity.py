import torch
from torch import nn

x = torch.arange(24.0).reshape(2, 3, 2, 2).requires_grad_()
flat = nn.Flatten()
print(flat, flat(x).shape, flat(x).grad_fn)
print(nn.Flatten(0, 2)(x).shape)
ident = nn.Identity(54, unused="anything")
print(ident, ident(x) is x)
print(nn.Unflatten(1, (3, 4))(torch.zeros(2, 12)).shape)
