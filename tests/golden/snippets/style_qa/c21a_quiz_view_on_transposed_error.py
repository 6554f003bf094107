# Quiz: which of these view() calls work after a permute?
import torch

cube = torch.arange(24.0).reshape(2, 3, 4)
p = cube.permute(0, 2, 1)
print(p.stride(), p.is_contiguous())
try:
    p.view(2, 12)
except RuntimeError as e:
    print(type(e).__name__, e)
print(p.flatten(1).shape, p.flatten(1).is_contiguous())
print(cube.view(6, 4).stride())
print(p.view(2, 4, 3).shape, p.unflatten(1, (2, 2)).stride())
