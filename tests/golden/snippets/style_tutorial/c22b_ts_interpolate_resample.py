import torch
import torch.nn.functional as F

x = torch.tensor([0.0, 2.0, 4.0, 2.0]).view(1, 1, 4)
print(F.interpolate(x, scale_factor=2, mode="linear", align_corners=False))
print(F.interpolate(x, size=7, mode="linear", align_corners=True))
print(F.interpolate(x, scale_factor=2, mode="nearest"))
print(F.avg_pool1d(x, kernel_size=2))
print(F.max_pool1d(x, 2, return_indices=True))
