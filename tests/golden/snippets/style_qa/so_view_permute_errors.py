# Q: view after permute fails, reshape works; permute needs every dim; transpose vs permute.
import torch

x = torch.arange(24).view(2, 3, 4)
y = x.permute(2, 0, 1)
print(y.shape, y.is_contiguous())
try:
    y.view(-1)
except RuntimeError as e:
    print(e)
print(y.reshape(-1)[:6], y.contiguous().view(4, 6).shape)
try:
    x.permute(1, 0)
except RuntimeError as e:
    print(e)
try:
    x.permute(0, 1, 1)
except RuntimeError as e:
    print(e)
try:
    x.view(5, -1)
except RuntimeError as e:
    print(e)
try:
    x.view(-1, -1)
except RuntimeError as e:
    print(e)
print(x.transpose(0, 2).shape, x.mT.shape, x.movedim(0, -1).shape)
print(x.flatten(1).shape, x.unflatten(2, (2, 2)).shape)
