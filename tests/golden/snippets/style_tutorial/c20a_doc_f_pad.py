# F.pad: constant, reflect, replicate, circular
import torch
import torch.nn.functional as F

t4d = torch.empty(3, 3, 4, 2)
p1d = (1, 1)
print(F.pad(t4d, p1d, "constant", 0).size())
p2d = (1, 1, 2, 2)
print(F.pad(t4d, p2d, "constant", 0).size())
p3d = (0, 1, 2, 1, 3, 3)
print(F.pad(t4d, p3d, "constant", 0).size())
x = torch.arange(6.).view(1, 2, 3)
print(F.pad(x, (2, 1), mode="reflect"))
print(F.pad(x, (2, 1), mode="replicate"))
print(F.pad(x, (2, 1), mode="circular"))
print(F.pad(x, (1, 1, 1, 0), value=-1.0))
