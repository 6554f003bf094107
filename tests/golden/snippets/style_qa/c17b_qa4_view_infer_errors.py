# Q: view with -1 that cannot work
import torch

x = torch.arange(10.0)
for shape in [(-1, 3), (2, -1, -1), (0, -1), (5, -2)]:
    try:
        print(x.view(*shape).shape)
    except RuntimeError as e:
        print(e)
print(x.view(-1, 5).shape, torch.empty(0, 4).view(-1, 2).shape)
