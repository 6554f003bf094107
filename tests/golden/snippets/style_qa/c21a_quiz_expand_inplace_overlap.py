# Quiz: in-place add on an expanded tensor.
import torch

a = torch.tensor([1.0, 2.0])
e = a.expand(3, 2)
print(e.stride())
try:
    e.add_(1)
except RuntimeError as e2:
    print(type(e2).__name__, e2)
print((e + 1).stride())
