# Flatten ranges and unflatten back.
import torch

x = torch.zeros(2, 1, 3, 1, 4)
print(x.flatten().shape, x.flatten(1).shape, x.flatten(1, 3).shape)
print(x.squeeze().shape, x.squeeze(1).shape, x.squeeze((1, 3)).shape)
print(x.squeeze(0).shape)
y = torch.arange(12).unflatten(0, (3, 4))
print(y)
print(y.unflatten(1, (2, -1)).shape)
print(torch.nn.Flatten()(x).shape)
