# Q: upsampling with F.interpolate
import torch
import torch.nn.functional as F

img = torch.arange(4.0).reshape(1, 1, 2, 2)
print(F.interpolate(img, scale_factor=2, mode="nearest"))
print(F.interpolate(img, size=(3, 3), mode="bilinear", align_corners=True))
try:
    F.interpolate(torch.arange(4.0), scale_factor=2)
except (ValueError, NotImplementedError) as e:
    print(type(e).__name__, e)
