# In-place ops on an expanded tensor whose elements share memory.
import torch

x = torch.tensor([1.0, 2.0, 3.0])
e = x.expand(2, 3)
print(e.stride())
try:
    e.add_(1)
except RuntimeError as err:
    print(err)
print(e.clone().add_(1))
