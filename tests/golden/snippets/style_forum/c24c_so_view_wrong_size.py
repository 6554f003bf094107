# Q: shape '[-1, 5]' is invalid for input of size 12
import torch

x = torch.arange(12.0)
for shape in [(-1, 5), (3, -1, -1), (2, 6), (4, 3, 1)]:
    try:
        print(shape, x.view(*shape).shape)
    except RuntimeError as e:
        print(shape, "RuntimeError:", e)
