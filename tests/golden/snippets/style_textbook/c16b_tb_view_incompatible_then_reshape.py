# view needs compatible strides, reshape copies when it has to.
import torch

x = torch.arange(24).reshape(2, 3, 4)
p = x.permute(2, 0, 1)
print(p.shape, p.stride())
print(p.view(4, 6).stride())
try:
    p.view(2, 12)
except RuntimeError as e:
    print(e)
print(p.reshape(2, 12))
print(p.contiguous().view(-1)[:8])
