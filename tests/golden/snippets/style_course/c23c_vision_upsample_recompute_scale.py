# Upsample with a fractional scale: recompute_scale_factor changes which source pixels are used.
import torch
import torch.nn.functional as F

x = torch.arange(5, dtype=torch.float32).reshape(1, 1, 5)
a = F.interpolate(x, scale_factor=1.5, mode="nearest")
b = F.interpolate(x, scale_factor=1.5, mode="nearest", recompute_scale_factor=True)
print(a, b, sep="\n")
c = F.interpolate(x, scale_factor=1.5, mode="linear", align_corners=False)
d = F.interpolate(x, scale_factor=1.5, mode="linear", align_corners=False, recompute_scale_factor=True)
print(c, d, sep="\n")
