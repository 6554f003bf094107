# Q: can I use -1 twice in view?
import torch

x = torch.arange(12)
try:
    x.view(-1, -1)
except RuntimeError as err:
    print(err)
try:
    x.view(5, -1)
except RuntimeError as err:
    print(err)
try:
    x.reshape(5, 3)
except RuntimeError as err:
    print(err)
print(x.view(-1, 4).shape, x.view(3, -1, 2).shape)
