# boolean masks: selecting, assigning, and counting like numpy
import torch

torch.manual_seed(2)
x = torch.randn(3, 4)
mask = x > 0
print(mask.dtype, mask.sum(), mask.sum().dtype)
print(x[mask])
x[~mask] = 0.0
print(x)
print(torch.count_nonzero(x, dim=0))
print(mask.any(dim=1), mask.all(), mask.nonzero())
print(x[mask.any(dim=1)].shape)
