# torch.range includes the end point (and is deprecated)
import torch

print(torch.range(0, 4))
print(torch.arange(0, 4))
print(torch.range(0, 1, 0.25).dtype)
