# Q: "shape '[...]' is invalid for input of size N" and other reshape mistakes.
import torch

x = torch.arange(10)
try:
    x.view(3, -1)
except RuntimeError as e:
    print(e)
try:
    x.reshape(-1, -1)
except RuntimeError as e:
    print(e)
try:
    x.view(2, 6)
except RuntimeError as e:
    print(e)
print(x.view(2, 5).shape, x.reshape(5, -1).shape, x.view(-1).shape)
try:
    torch.ones(2, 3).unsqueeze(3)
except IndexError as e:
    print(e)
print(torch.ones(2, 1, 3).squeeze().shape, torch.ones(2, 3).squeeze(0).shape)
