# Q: F.pad order of arguments is confusing (last dim first)
import torch
import torch.nn.functional as F

x = torch.arange(6.0).view(1, 2, 3)
print(F.pad(x, (1, 0)))
print(F.pad(x, (0, 0, 1, 1), value=-1).shape)
print(F.pad(x, (-1, 0)))
print(F.pad(x, (2, 2), mode="reflect"))
try:
    F.pad(x, (3, 3), mode="reflect")
except RuntimeError as err:
    print(err)
