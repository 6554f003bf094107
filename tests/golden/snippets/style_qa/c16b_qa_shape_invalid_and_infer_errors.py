# Q: shape '[...]' is invalid for input of size N
import torch

x = torch.arange(12)
for shape in ((5, -1), (-1, -1), (3, 5), (0, -1), (-2, 6)):
    try:
        print(x.view(*shape).shape)
    except RuntimeError as e:
        print(shape, e)
print(x.view(2, -1, 3).shape, x.reshape(-1).shape)
