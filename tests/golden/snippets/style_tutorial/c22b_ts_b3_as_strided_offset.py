import torch

x = torch.arange(10.0)
w = torch.as_strided(x, (3, 4), (2, 1), storage_offset=1)
print(w)
print(w.storage_offset(), w.stride())
print(x.unfold(0, 4, 5))
y = torch.arange(12.0).view(3, 4)
print(y.unfold(1, 2, 1).shape, y.unfold(0, 2, 1)[0])
